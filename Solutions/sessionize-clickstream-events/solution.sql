WITH marked AS (
  SELECT user_id, event_ts,
         CASE WHEN LAG(event_ts) OVER (PARTITION BY user_id ORDER BY event_ts) IS NULL
                OR unix_seconds(event_ts)
                   - unix_seconds(LAG(event_ts) OVER (PARTITION BY user_id ORDER BY event_ts)) > 1800
              THEN 1 ELSE 0 END AS starts_session
  FROM events
  WHERE user_id IS NOT NULL AND event_ts IS NOT NULL
),
numbered AS (
  SELECT user_id, event_ts,
         SUM(starts_session) OVER (PARTITION BY user_id ORDER BY event_ts
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_number
  FROM marked
)
SELECT user_id, session_number,
       MIN(event_ts) AS session_start, MAX(event_ts) AS session_end, COUNT(*) AS events
FROM numbered
GROUP BY user_id, session_number
