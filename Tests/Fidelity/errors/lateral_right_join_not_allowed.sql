-- data: orders.json
SELECT c.name, t.order_id
FROM customers c
RIGHT JOIN LATERAL (SELECT o.order_id FROM orders o WHERE o.customer_id = c.customer_id) t ON true
