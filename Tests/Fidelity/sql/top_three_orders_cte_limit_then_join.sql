-- data: orders.json
-- ordered: true
WITH top3 AS (
  SELECT order_id, customer_id, amount FROM orders ORDER BY amount DESC, order_id LIMIT 3
)
SELECT t.order_id, t.amount, c.name
FROM top3 t LEFT JOIN customers c ON c.customer_id = t.customer_id
ORDER BY t.amount DESC, t.order_id
