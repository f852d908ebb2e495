-- data: sales.json
SELECT * FROM (SELECT region, quarter, amount FROM sales) PIVOT (amount FOR quarter IN ('Q1', 'Q2'))
