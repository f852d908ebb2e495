WITH days AS (
  SELECT DISTINCT user_id, to_date(login_ts) AS day
  FROM logins
  WHERE user_id IS NOT NULL AND login_ts IS NOT NULL
),
islands AS (
  SELECT user_id, day,
         date_sub(day, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day)) AS streak_id
  FROM days
),
streaks AS (
  SELECT user_id, COUNT(*) AS streak_days, MIN(day) AS streak_start, MAX(day) AS streak_end
  FROM islands
  GROUP BY user_id, streak_id
),
ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) AS pick
  FROM streaks
)
SELECT user_id, streak_days, streak_start, streak_end
FROM ranked
WHERE pick = 1
