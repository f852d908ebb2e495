-- data: events.json
SELECT user_id, event_time, dayofweek(event_time) IN (1, 7) AS weekend, date_format(event_time, 'EEEE') AS day_name FROM events
