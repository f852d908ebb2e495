WITH marked AS (
  SELECT ticker, quoted_at,
         COALESCE(price > LAG(price) OVER (PARTITION BY ticker ORDER BY quoted_at), false) AS rising
  FROM quotes
  WHERE ticker IS NOT NULL AND quoted_at IS NOT NULL
),
labelled AS (
  SELECT ticker, quoted_at, rising,
         SUM(CASE WHEN rising THEN 0 ELSE 1 END) OVER (
           PARTITION BY ticker ORDER BY quoted_at
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_id
  FROM marked
)
SELECT ticker, MIN(quoted_at) AS run_start, MAX(quoted_at) AS run_end, COUNT(*) AS rises
FROM labelled
WHERE rising
GROUP BY ticker, run_id
HAVING COUNT(*) >= 3
