-- data: sales.json
SELECT region, product, count(*) FROM sales GROUP BY CUBE (region, product)
