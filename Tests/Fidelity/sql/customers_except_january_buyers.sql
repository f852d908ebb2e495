-- data: orders.json
SELECT customer_id FROM customers
EXCEPT
SELECT customer_id FROM orders WHERE month(order_date) = 1
