-- data: orders.json
SELECT * FROM customers c LEFT SEMI JOIN orders o ON c.customer_id = o.customer_id AND o.status = 'shipped'
