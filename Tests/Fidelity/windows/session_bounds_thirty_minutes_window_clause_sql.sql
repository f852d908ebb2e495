-- data: events.json
-- ordered: true
WITH gaps AS (
  SELECT user_id, event_time, page,
         CASE WHEN unix_timestamp(event_time) - unix_timestamp(LAG(event_time) OVER w) <= 1800 THEN 0 ELSE 1 END AS starts_session
  FROM events
  WINDOW w AS (PARTITION BY user_id ORDER BY event_time)
),
sessions AS (
  SELECT *, SUM(starts_session) OVER (PARTITION BY user_id ORDER BY event_time, page) AS session_no
  FROM gaps
)
SELECT user_id, session_no, MIN(event_time) AS started, MAX(event_time) AS ended,
       (unix_timestamp(MAX(event_time)) - unix_timestamp(MIN(event_time))) / 60 AS minutes,
       COUNT(*) AS events
FROM sessions
GROUP BY user_id, session_no
ORDER BY user_id, session_no
