-- data: orders.json
SELECT c.name, o.order_id, o2.order_id AS other_id FROM customers c
JOIN orders o ON c.customer_id = o.customer_id
JOIN orders o2 ON o2.customer_id = c.customer_id AND o2.order_id > o.order_id
