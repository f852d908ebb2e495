-- data: orders.json
WITH shipped AS (SELECT * FROM orders WHERE status = 'shipped')
SELECT c.name FROM customers c WHERE EXISTS (SELECT 1 FROM shipped s WHERE s.customer_id = c.customer_id)
