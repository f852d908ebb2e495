WITH ordered AS (
  SELECT *,
         UNIX_SECONDS(event_time)
           - UNIX_SECONDS(LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id)) AS gap
  FROM events
  WHERE user_id IS NOT NULL AND event_time IS NOT NULL
),
numbered AS (
  SELECT *,
         SUM(CASE WHEN gap IS NULL OR gap > 1800 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS session
  FROM ordered
),
with_source AS (
  SELECT *,
         FIRST(source) OVER (PARTITION BY user_id, session ORDER BY event_time, event_id) AS session_source
  FROM numbered
),
sessions AS (
  SELECT user_id, session,
         FIRST(session_source) AS session_source,
         MAX(event_type = 'purchase') AS converted,
         SUM(CASE WHEN event_type = 'purchase' THEN revenue END) AS revenue
  FROM with_source
  GROUP BY user_id, session
)
SELECT COALESCE(session_source, 'direct') AS source,
       COUNT(*) AS sessions,
       COUNT(CASE WHEN converted THEN 1 END) AS converting_sessions,
       COALESCE(SUM(revenue), CAST(0 AS DECIMAL(10,2))) AS revenue
FROM sessions
GROUP BY COALESCE(session_source, 'direct')
