-- data: sales.json
SELECT region, stack(2, 'year', year, 'amount', amount) AS (metric, value) FROM sales WHERE product = 'A'
