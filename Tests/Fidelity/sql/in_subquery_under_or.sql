-- data: orders.json
SELECT name FROM customers
WHERE city = 'Pune' OR customer_id IN (SELECT customer_id FROM orders WHERE amount > 100)
