-- data: sales.json
WITH ranked AS (SELECT region, product, sum(amount) AS total, dense_rank() OVER (PARTITION BY region ORDER BY sum(amount) DESC) AS r FROM sales GROUP BY region, product)
SELECT region, product, total FROM ranked WHERE r <= 2
