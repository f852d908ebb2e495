-- data: orders.json
SELECT o.customer_id, o.order_id, o.amount
FROM orders o
WHERE o.amount IN (SELECT MAX(o2.amount) FROM orders o2 WHERE o2.customer_id = o.customer_id)
