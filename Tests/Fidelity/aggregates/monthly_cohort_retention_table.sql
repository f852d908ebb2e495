-- data: visits.json
-- ordered: true
WITH first_visit AS (
  SELECT user_id, date_trunc('month', MIN(visit_date)) AS cohort
  FROM visits
  GROUP BY user_id
),
activity AS (
  SELECT DISTINCT v.user_id, f.cohort,
         months_between(date_trunc('month', v.visit_date), f.cohort) AS month_number
  FROM visits v JOIN first_visit f ON v.user_id = f.user_id
)
SELECT cohort, month_number, COUNT(user_id) AS active_users,
       ROUND(COUNT(user_id) / FIRST_VALUE(COUNT(user_id)) OVER (PARTITION BY cohort ORDER BY month_number), 2) AS retention
FROM activity
GROUP BY cohort, month_number
ORDER BY cohort, month_number
