-- data: orders.json
SELECT c.name, t.order_id, t.amount
FROM customers c
JOIN LATERAL (
  SELECT o.order_id, o.amount FROM orders o
  WHERE o.customer_id = c.customer_id
  ORDER BY o.order_date DESC
  LIMIT 2
) t ON true
