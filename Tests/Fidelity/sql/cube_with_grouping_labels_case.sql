-- data: sales.json
-- ordered: true
SELECT CASE WHEN GROUPING(region) = 1 THEN 'ALL' ELSE region END AS region,
       CASE WHEN GROUPING(year) = 1 THEN 'ALL' ELSE CAST(year AS STRING) END AS year,
       SUM(amount) AS total, GROUPING_ID(region, year) AS level
FROM sales
GROUP BY CUBE (region, year)
ORDER BY level, region, year
