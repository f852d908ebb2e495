-- data: events.json
SELECT user_id, event_time, page FROM events
QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY event_time DESC) = 1
