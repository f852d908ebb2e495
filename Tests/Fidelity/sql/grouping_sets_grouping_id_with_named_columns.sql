-- data: sales.json
SELECT region, year, grouping_id(region, year) AS gid, grouping(year) AS gy, sum(amount) AS total
FROM sales
GROUP BY GROUPING SETS ((region, year), (region), ())
HAVING grouping_id(region, year) < 3 OR sum(amount) > 0
