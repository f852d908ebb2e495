-- data: sales.json
SELECT * FROM (SELECT region, year, amount FROM sales) PIVOT (sum(amount) FOR year IN ('abc'))
