-- data: sales.json
SELECT region, product, sum(amount) AS total, grouping(region) AS g_r, grouping(product) AS g_p,
       grouping_id(region, product) AS gid
FROM sales GROUP BY ROLLUP(region, product)
