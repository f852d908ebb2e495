-- data: sales.json
-- ordered: true
SELECT region, year, SUM(amount) AS total, COUNT(amount) * 10 AS scaled
FROM sales
GROUP BY ALL
ORDER BY ALL
