WITH RECURSIVE base AS (SELECT 1 AS start),
seq (n, doubled) AS (
  SELECT start, start * 2 FROM base
  UNION ALL
  SELECT n + 1, (n + 1) * 2 FROM seq WHERE n < 100
)
SELECT count(*) AS steps, max(doubled) AS top FROM seq
