-- data: sales.json
SELECT CASE WHEN grouping(region) = 1 THEN 'ALL' ELSE region END AS region,
       CASE WHEN grouping(product) = 1 THEN 'ALL' ELSE product END AS product,
       sum(amount) AS total, grouping_id() AS gid
FROM sales
GROUP BY ROLLUP(region, product)
ORDER BY gid, region, product
