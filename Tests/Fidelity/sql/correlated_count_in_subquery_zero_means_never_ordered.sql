-- data: orders.json
SELECT c.customer_id, c.name
FROM customers c
WHERE 0 IN (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id)
