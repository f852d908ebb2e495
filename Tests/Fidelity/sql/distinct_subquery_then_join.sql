-- data: orders.json
SELECT c.name FROM customers c JOIN (SELECT DISTINCT customer_id FROM orders WHERE status = 'shipped') s ON c.customer_id = s.customer_id
