-- data: sales.json
SELECT region, product, sum(amount) AS total, grouping(product) AS is_subtotal
FROM sales GROUP BY ROLLUP (region, product)
