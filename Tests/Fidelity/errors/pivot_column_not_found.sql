-- data: sales.json
SELECT * FROM sales PIVOT (sum(amount) FOR qtr IN ('Q1', 'Q2'))
