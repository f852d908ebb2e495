-- data: sales.json
SELECT * FROM (SELECT region, year, quarter, amount FROM sales)
PIVOT (sum(amount) FOR (year, quarter) IN ((2023, 'Q1') AS y23q1, (2024, 'Q1') AS y24q1, (2024, 'Q2') AS y24q2))
