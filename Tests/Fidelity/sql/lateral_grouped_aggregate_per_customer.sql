-- data: orders.json
SELECT c.name, s.status, s.n, s.total
FROM customers c,
LATERAL (
  SELECT o.status, count(*) AS n, sum(o.amount) AS total
  FROM orders o WHERE o.customer_id = c.customer_id
  GROUP BY o.status
) s
WHERE c.city IS NOT NULL
