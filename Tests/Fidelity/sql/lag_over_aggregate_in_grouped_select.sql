-- data: sales.json
-- ordered: true
SELECT year, SUM(amount) AS revenue,
       LAG(SUM(amount)) OVER (ORDER BY year) AS prev_revenue,
       SUM(amount) - LAG(SUM(amount), 1, 0) OVER (ORDER BY year) AS growth
FROM sales
GROUP BY year
ORDER BY year
