-- data: orders.json
-- ordered: true
WITH paid AS (
  SELECT o.customer_id, c.name, o.order_date, CASE WHEN o.status = 'cancelled' THEN -o.amount ELSE o.amount END AS delta
  FROM orders o JOIN customers c ON o.customer_id = c.customer_id
)
SELECT name, order_date, delta,
       SUM(delta) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM paid
ORDER BY name, order_date
