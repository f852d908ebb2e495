-- data: sales.json
SELECT region, product, count(DISTINCT year) AS years FROM sales GROUP BY CUBE(region, product)
