-- data: sales.json
-- ordered: true
SELECT region, product, sum(amount) AS total FROM sales GROUP BY GROUPING SETS ((region, product), (region), ())
ORDER BY grouping(region), region, grouping(product), product
