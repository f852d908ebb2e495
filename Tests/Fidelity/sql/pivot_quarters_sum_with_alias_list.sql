-- data: sales.json
SELECT * FROM (
  SELECT region, quarter, amount FROM sales
) PIVOT (
  SUM(amount) AS total FOR quarter IN ('Q1' AS q1, 'Q2' AS q2, 'Q3' AS q3, 'Q4' AS q4)
)
