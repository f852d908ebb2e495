WITH valid AS (
  SELECT user_id, login_date,
         TRUNC(MIN(login_date) OVER (PARTITION BY user_id), 'week') AS cohort_week
  FROM logins
  WHERE user_id IS NOT NULL AND login_date IS NOT NULL
),
weekly AS (
  SELECT user_id, cohort_week,
         CAST(DATEDIFF(TRUNC(login_date, 'week'), cohort_week) / 7 AS INT) AS week_number
  FROM valid
),
active AS (
  SELECT cohort_week, week_number, COUNT(DISTINCT user_id) AS active_users
  FROM weekly
  WHERE week_number <= 4
  GROUP BY cohort_week, week_number
),
grid AS (
  SELECT a.cohort_week, a.active_users AS cohort_size, w.k AS week_number
  FROM active a
  LATERAL VIEW EXPLODE(SEQUENCE(0, 4)) w AS k
  WHERE a.week_number = 0
)
SELECT g.cohort_week, g.week_number, g.cohort_size,
       COALESCE(a.active_users, 0) AS active_users,
       COALESCE(a.active_users, 0) / g.cohort_size AS retention
FROM grid g
LEFT JOIN active a ON a.cohort_week = g.cohort_week AND a.week_number = g.week_number
ORDER BY g.cohort_week, g.week_number
