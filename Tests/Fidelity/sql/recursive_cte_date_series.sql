-- ordered: true
WITH RECURSIVE days AS (
  SELECT DATE'2024-02-26' AS d
  UNION ALL
  SELECT date_add(d, 1) FROM days WHERE d < DATE'2024-03-02'
)
SELECT d, dayofweek(d) AS dow FROM days ORDER BY d
