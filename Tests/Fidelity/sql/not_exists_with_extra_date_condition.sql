-- data: orders.json
SELECT c.customer_id, c.name
FROM customers c
WHERE NOT EXISTS (
  SELECT 1 FROM orders o
  WHERE o.customer_id = c.customer_id AND o.status = 'shipped' AND o.order_date >= DATE'2024-02-01'
)
