-- data: orders.json
SELECT kind, count(*) AS n, sum(v) AS total
FROM (
  SELECT 'order' AS kind, amount AS v FROM orders
  UNION ALL
  SELECT 'customer', customer_id FROM customers
) u
GROUP BY kind
