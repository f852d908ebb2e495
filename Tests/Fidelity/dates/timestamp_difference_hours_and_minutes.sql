-- data: events.json
SELECT user_id, min(event_time) AS first_seen, max(event_time) AS last_seen,
       (unix_timestamp(max(event_time)) - unix_timestamp(min(event_time))) / 3600 AS hours,
       extract(MINUTE FROM max(event_time) - min(event_time)) AS minute_part,
       max(event_time) - min(event_time) AS span
FROM events
GROUP BY user_id
