-- data: sales.json
SELECT region, grouping(product) FROM sales GROUP BY ROLLUP(region)
