-- data: orders.json
SELECT c.name FROM customers c WHERE 'shipped' IN (SELECT o.status FROM orders o WHERE o.customer_id = c.customer_id AND o.amount > 100)
