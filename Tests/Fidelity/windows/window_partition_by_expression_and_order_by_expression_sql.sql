-- data: events.json
SELECT user_id, event_time, row_number() OVER (PARTITION BY user_id, to_date(event_time) ORDER BY hour(event_time) DESC, event_time) AS rn_in_day
FROM events
