WITH active AS (
  SELECT DISTINCT user_id, event_date
  FROM events
  WHERE user_id IS NOT NULL AND event_date IS NOT NULL
),
daily AS (
  SELECT event_date, COUNT(*) AS daily_active_users
  FROM active
  GROUP BY event_date
),
weekly AS (
  SELECT covered_day AS event_date, COUNT(DISTINCT user_id) AS weekly_active_users
  FROM active
  LATERAL VIEW explode(sequence(event_date, date_add(event_date, 6))) days AS covered_day
  GROUP BY covered_day
)
SELECT daily.event_date, daily_active_users, weekly_active_users
FROM daily
JOIN weekly ON daily.event_date = weekly.event_date
