-- data: orders.json
SELECT o.order_id, o.customer_id, o.amount
FROM orders o
WHERE o.amount NOT IN (SELECT MAX(o2.amount) FROM orders o2 WHERE o2.customer_id = o.customer_id)
