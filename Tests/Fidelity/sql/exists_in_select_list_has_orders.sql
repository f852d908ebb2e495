-- data: orders.json
SELECT c.name,
       EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) AS has_orders,
       c.customer_id IN (SELECT customer_id FROM orders WHERE status = 'pending') AS has_pending
FROM customers c
