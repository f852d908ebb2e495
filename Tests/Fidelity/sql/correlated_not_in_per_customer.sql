-- data: orders.json
SELECT o.order_id, o.customer_id, o.status
FROM orders o
WHERE o.status NOT IN (SELECT o2.status FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.order_id <> o.order_id)
