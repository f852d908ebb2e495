-- data: events.json

-- How explain writes a timestamp plus an interval, a date plus days, a negation and a computed
-- grouping key inside aggregates (the rows only check the values).
SELECT hour(event_time) AS h, max(event_time + INTERVAL '1' HOUR) AS later, min(-user_id) AS neg,
       max(cast(event_time AS date) + 1) AS next_day, max(date_add(cast(event_time AS date), 2)) AS in_two_days,
       max(event_time - INTERVAL '2' DAY) AS earlier
FROM events GROUP BY hour(event_time)
