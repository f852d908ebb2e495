-- data: sales.json
SELECT region, year, count(*) AS n, max(amount) AS top, grouping_id(region, year) AS level
FROM sales
GROUP BY CUBE(region, year)
HAVING count(*) > 1
