-- data: sales.json
SELECT region, year, sum(amount) AS total, sum(sum(amount)) OVER (PARTITION BY region) AS region_total
FROM sales GROUP BY region, year
