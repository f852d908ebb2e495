SELECT DISTINCT event_id, user_id, event_type, event_time
FROM events
