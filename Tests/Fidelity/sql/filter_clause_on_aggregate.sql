-- data: orders.json
SELECT customer_id, count(*) FILTER (WHERE status = 'shipped') AS shipped, sum(amount) FILTER (WHERE status <> 'shipped') AS other FROM orders GROUP BY customer_id
