-- data: orders.json
SELECT name,
       CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'pending') THEN 'waiting'
            WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) THEN 'served'
            ELSE 'new' END AS state
FROM customers c
