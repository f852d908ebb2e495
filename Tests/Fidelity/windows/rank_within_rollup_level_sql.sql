-- data: sales.json
-- ordered: true
SELECT region, product, SUM(amount) AS total, GROUPING_ID() AS lvl,
       RANK() OVER (PARTITION BY GROUPING_ID() ORDER BY SUM(amount) DESC) AS rnk
FROM sales
GROUP BY ROLLUP (region, product)
ORDER BY lvl, rnk, region, product
