-- data: orders.json
SELECT c.name, s.status
FROM customers c
JOIN LATERAL (SELECT DISTINCT o.status FROM orders o WHERE o.customer_id = c.customer_id) s ON true
