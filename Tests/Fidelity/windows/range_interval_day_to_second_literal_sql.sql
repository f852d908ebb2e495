-- data: events.json
SELECT user_id, event_time, count(*) OVER (PARTITION BY user_id ORDER BY event_time RANGE BETWEEN INTERVAL '0 00:45:00' DAY TO SECOND PRECEDING AND CURRENT ROW) AS recent
FROM events
