-- data: events.json
SELECT user_id, prev, COUNT(page) OVER (PARTITION BY user_id ORDER BY ts, page) AS pages_so_far
FROM (
  SELECT user_id, event_time AS ts, page, LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time) AS prev
  FROM events
)
