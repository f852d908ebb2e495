-- data: sales.json
SELECT region, product, SUM(amount) AS total, GROUPING_ID(region, product) AS gid
FROM sales
GROUP BY GROUPING SETS ((region, product), (region), ())
HAVING GROUPING_ID(region, product) > 0 OR SUM(amount) > 150
