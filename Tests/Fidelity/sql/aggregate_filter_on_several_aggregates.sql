-- data: orders.json
SELECT customer_id,
       count(*) FILTER (WHERE status = 'shipped') AS shipped,
       sum(amount) FILTER (WHERE status <> 'cancelled') AS kept_amount,
       max(order_date) FILTER (WHERE amount > 100) AS last_big,
       count(DISTINCT status) FILTER (WHERE amount > 50) AS statuses
FROM orders GROUP BY customer_id
