-- data: orders.json
SELECT c.name, (SELECT count(*) FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'shipped') AS shipped FROM customers c
