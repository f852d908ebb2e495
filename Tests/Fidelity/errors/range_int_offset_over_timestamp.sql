-- data: events.json
SELECT user_id, count(*) OVER (PARTITION BY user_id ORDER BY event_time RANGE BETWEEN 3600 PRECEDING AND CURRENT ROW) AS n
FROM events
