-- data: events.json
WITH flagged AS (
  SELECT user_id, event_time,
         CASE WHEN lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time) IS NULL
                OR event_time > lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time) + INTERVAL 30 MINUTES
              THEN 1 ELSE 0 END AS new_session
  FROM events
)
SELECT user_id, event_time, sum(new_session) OVER (PARTITION BY user_id ORDER BY event_time ROWS UNBOUNDED PRECEDING) AS session_id
FROM flagged
