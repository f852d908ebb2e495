-- data: orders.json
SELECT t.tag, t.amount
FROM customers c,
LATERAL (SELECT c.name || ':' || o.order_id AS tag, o.amount FROM orders o WHERE o.customer_id = c.customer_id) t
WHERE t.amount > 50
