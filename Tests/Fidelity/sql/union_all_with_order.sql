-- data: orders.json
-- ordered: true
SELECT customer_id AS id FROM customers UNION ALL SELECT order_id FROM orders ORDER BY id DESC LIMIT 5
