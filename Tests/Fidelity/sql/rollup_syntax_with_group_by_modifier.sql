-- data: sales.json
SELECT region, year, sum(amount) AS total FROM sales GROUP BY region, year WITH ROLLUP
