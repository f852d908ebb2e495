-- data: orders.json
SELECT c.name, x.n, x.total
FROM customers c,
LATERAL (SELECT count(*) AS n, sum(o.amount) AS total FROM orders o WHERE o.customer_id = c.customer_id) x
