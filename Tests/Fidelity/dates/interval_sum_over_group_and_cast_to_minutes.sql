-- data: events.json
SELECT user_id, max(event_time) - min(event_time) AS span, CAST(extract(HOUR FROM max(event_time) - min(event_time)) * 60 + extract(MINUTE FROM max(event_time) - min(event_time)) AS INT) AS minutes
FROM events GROUP BY user_id
