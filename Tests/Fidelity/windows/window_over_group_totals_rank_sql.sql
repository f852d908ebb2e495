-- data: sales.json
SELECT region, sum(amount) AS total, rank() OVER (ORDER BY sum(amount) DESC) AS r,
       sum(amount) * 100.0 / sum(sum(amount)) OVER () AS pct
FROM sales GROUP BY region
