-- data: events.json
SELECT window(event_time, '30 minutes'), count(*) AS n FROM events GROUP BY window(event_time, '30 minutes')
