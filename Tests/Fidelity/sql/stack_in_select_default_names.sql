-- data: sales.json
SELECT region, year, stack(2, 'amount', amount, 'year_x10', year * 10)
FROM sales
WHERE product = 'apple'
