-- data: sales.json
SELECT * FROM (SELECT region, quarter, amount FROM sales)
PIVOT (sum(amount), count(amount) FOR quarter IN ('Q1', 'Q2'))
