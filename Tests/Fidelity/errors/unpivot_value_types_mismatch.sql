-- data: sales.json
SELECT * FROM sales UNPIVOT (val FOR col IN (region, amount))
