-- data: events.json
SELECT user_id, event_time, count(*) OVER (PARTITION BY user_id ORDER BY event_time RANGE BETWEEN CURRENT ROW AND INTERVAL '30' MINUTE FOLLOWING) AS within_30
FROM events
