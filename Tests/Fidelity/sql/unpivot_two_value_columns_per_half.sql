-- data: sales.json
WITH wide AS (
  SELECT region,
         SUM(CASE WHEN quarter = 'Q1' THEN amount END) AS q1_amt, COUNT(CASE WHEN quarter = 'Q1' THEN 1 END) AS q1_n,
         SUM(CASE WHEN quarter = 'Q2' THEN amount END) AS q2_amt, COUNT(CASE WHEN quarter = 'Q2' THEN 1 END) AS q2_n
  FROM sales GROUP BY region
)
SELECT * FROM wide
UNPIVOT ((amount, n) FOR quarter IN ((q1_amt, q1_n) AS Q1, (q2_amt, q2_n) AS Q2))
