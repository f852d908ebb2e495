-- data: sales.json
-- ordered: true
WITH yearly AS (
  SELECT region, year, SUM(amount) AS revenue
  FROM sales
  GROUP BY region, year
)
SELECT region, year, revenue,
       LAG(revenue) OVER (PARTITION BY region ORDER BY year) AS prev_revenue,
       ROUND(100.0 * (revenue - LAG(revenue) OVER (PARTITION BY region ORDER BY year)) / LAG(revenue) OVER (PARTITION BY region ORDER BY year), 1) AS yoy_pct
FROM yearly
ORDER BY region, year
