-- data: orders.json
SELECT c.name, c.city, t.order_id, t.status
FROM customers c
LEFT JOIN LATERAL (
  SELECT o.order_id, o.status FROM orders o
  WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled'
  ORDER BY o.amount
  LIMIT 1
) t ON true
