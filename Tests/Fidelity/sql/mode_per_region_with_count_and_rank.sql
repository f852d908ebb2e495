-- data: sales.json
WITH counts AS (
  SELECT region, product, COUNT(*) AS n FROM sales GROUP BY region, product
), ranked AS (
  SELECT *, RANK() OVER (PARTITION BY region ORDER BY n DESC) AS r FROM counts
)
SELECT region, product, n FROM ranked WHERE r = 1
