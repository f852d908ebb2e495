-- data: sales.json
WITH yearly AS (SELECT region, year, sum(amount) AS total FROM sales GROUP BY region, year)
SELECT region, year, total,
       avg(total) OVER (PARTITION BY region ORDER BY year RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS two_year_avg,
       total - lag(total, 1, 0) OVER (PARTITION BY region ORDER BY year) AS change
FROM yearly
