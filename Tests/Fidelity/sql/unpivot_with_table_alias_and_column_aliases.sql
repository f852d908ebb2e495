-- data: sales.json
SELECT u.* FROM (SELECT region, year, amount, quarter FROM sales WHERE product = 'apple')
UNPIVOT INCLUDE NULLS (val FOR metric IN (year AS yr, amount AS amt)) AS u
