-- data: sales.json
SELECT region, year, sum(amount) AS total, lag(sum(amount)) OVER w AS prev FROM sales GROUP BY region, year WINDOW w AS (PARTITION BY region ORDER BY year)
