-- data: sales.json
SELECT * FROM (SELECT region, product, year, amount FROM sales WHERE quarter = 'Q1')
UNPIVOT (val FOR col IN (year, amount))
