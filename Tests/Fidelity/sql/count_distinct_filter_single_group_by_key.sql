-- data: orders.json
SELECT customer_id, count(DISTINCT status) FILTER (WHERE amount > 50) AS statuses FROM orders GROUP BY customer_id
