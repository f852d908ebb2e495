-- data: sales.json
SELECT upper(region) AS r, year % 100 AS yy, sum(amount) AS total, grouping(upper(region)) AS g
FROM sales
GROUP BY GROUPING SETS ((upper(region)), (year % 100), ())
