-- data: events.json
SELECT COUNT(DISTINCT user_id) AS users,
       COUNT(DISTINCT user_id) FILTER (WHERE event_type = 'purchase') AS buyers,
       ROUND(COUNT(DISTINCT user_id) FILTER (WHERE event_type = 'purchase') / COUNT(DISTINCT user_id), 3) AS conversion
FROM events
