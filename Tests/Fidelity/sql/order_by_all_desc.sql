-- data: sales.json
-- ordered: true
SELECT region, product, sum(amount) AS total FROM sales GROUP BY ALL ORDER BY ALL DESC
