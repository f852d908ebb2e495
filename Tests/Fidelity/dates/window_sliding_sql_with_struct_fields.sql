-- data: events.json
SELECT window.start, window.end, count(*) AS n, collect_list(event_type) AS kinds
FROM events GROUP BY window(event_time, '1 hour', '20 minutes')
