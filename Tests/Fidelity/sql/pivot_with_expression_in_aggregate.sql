-- data: sales.json
SELECT * FROM (SELECT region, quarter, amount FROM sales) PIVOT (sum(amount) * 2 AS doubled FOR quarter IN ('Q1', 'Q2'))
