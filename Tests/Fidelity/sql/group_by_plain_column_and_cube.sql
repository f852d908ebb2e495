-- data: sales.json
SELECT region, product, year, sum(amount) AS total FROM sales GROUP BY region, CUBE(product, year)
