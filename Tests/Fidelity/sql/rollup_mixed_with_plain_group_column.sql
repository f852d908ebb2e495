-- data: sales.json
SELECT year, region, product, sum(amount) AS total FROM sales GROUP BY year, ROLLUP(region, product)
