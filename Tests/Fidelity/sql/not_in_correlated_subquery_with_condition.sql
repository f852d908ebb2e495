-- data: orders.json
SELECT c.name FROM customers c
WHERE 'shipped' NOT IN (SELECT o.status FROM orders o WHERE o.customer_id = c.customer_id)
