-- data: orders.json
SELECT c.customer_id, c.name
FROM customers c
WHERE EXISTS (SELECT MAX(o.amount) FROM orders o WHERE o.customer_id = c.customer_id)
