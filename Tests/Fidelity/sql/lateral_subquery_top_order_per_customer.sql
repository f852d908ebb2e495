-- data: orders.json
SELECT c.name, t.order_id, t.amount
FROM customers c,
LATERAL (SELECT o.order_id, o.amount FROM orders o WHERE o.customer_id = c.customer_id ORDER BY o.amount DESC, o.order_id LIMIT 1) t
