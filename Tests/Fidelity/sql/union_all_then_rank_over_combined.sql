-- data: nullkeys.json
WITH allrows AS (
  SELECT 'l' AS side, k, v AS val FROM lhs
  UNION ALL
  SELECT 'r', k, w FROM rhs
)
SELECT side, k, val, DENSE_RANK() OVER (PARTITION BY k ORDER BY val DESC) AS dr
FROM allrows
