-- data: orders.json
SELECT c.name,
       CASE WHEN (SELECT sum(amount) FROM orders o WHERE o.customer_id = c.customer_id) > 300 THEN 'gold'
            WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) THEN 'silver'
            ELSE 'none' END AS tier
FROM customers c
