WITH per_category AS (
  SELECT category, SUM(amount) AS revenue
  FROM sales
  WHERE status = 'completed'
  GROUP BY category
),
with_share AS (
  SELECT category, revenue, revenue / SUM(revenue) OVER () AS share
  FROM per_category
)
SELECT category, revenue, share
FROM with_share
WHERE category IS NOT NULL
