WITH RECURSIVE seq (n) MAX RECURSION LEVEL 200 AS (
  SELECT 1
  UNION ALL
  SELECT n + 1 FROM seq WHERE n < 150
)
SELECT count(*) AS steps, sum(n) AS total, max(n) AS last FROM seq
