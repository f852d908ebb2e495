-- data: orders.json
SELECT c.name,
       (SELECT count(*) FROM orders o WHERE o.customer_id = c.customer_id) AS n_orders,
       (SELECT max(o.amount) FROM orders o WHERE o.customer_id = c.customer_id) AS biggest
FROM customers c
