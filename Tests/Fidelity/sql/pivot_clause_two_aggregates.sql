-- data: sales.json
SELECT * FROM (SELECT region, quarter, amount FROM sales) PIVOT (SUM(amount) AS s, COUNT(amount) AS c FOR quarter IN ('Q1', 'Q2'))
