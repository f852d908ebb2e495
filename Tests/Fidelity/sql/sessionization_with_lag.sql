-- data: events.json
WITH marked AS (
  SELECT user_id, event_time,
         CASE WHEN lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time) IS NULL
                OR unix_timestamp(event_time) - unix_timestamp(lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time)) > 1800
              THEN 1 ELSE 0 END AS new_session
  FROM events
)
SELECT user_id, event_time, sum(new_session) OVER (PARTITION BY user_id ORDER BY event_time) AS session_id FROM marked
