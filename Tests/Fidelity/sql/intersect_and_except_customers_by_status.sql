-- data: orders.json
SELECT customer_id FROM orders WHERE status = 'shipped'
INTERSECT
SELECT customer_id FROM orders WHERE status <> 'shipped'
UNION ALL
(SELECT customer_id FROM orders WHERE status = 'shipped'
 EXCEPT ALL
 SELECT customer_id FROM customers)
