-- data: visits.json
SELECT user_id, visit_date, revenue
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY visit_date DESC, revenue DESC NULLS LAST) AS rn
  FROM visits
)
WHERE rn = 1
