-- data: sales.json
SELECT region, product, sum(amount) AS total FROM sales GROUP BY region, product
QUALIFY dense_rank() OVER (PARTITION BY region ORDER BY sum(amount) DESC) = 1
