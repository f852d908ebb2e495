-- data: sales.json
SELECT region, year, grouping_id() AS gid, grouping(year) AS gy, sum(amount) AS total
FROM sales GROUP BY ROLLUP(region, year) HAVING grouping_id() < 3
