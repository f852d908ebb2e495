-- data: dates.json
SELECT id, greatest(d, DATE'2024-03-01') AS g, least(s, 'm') AS l, greatest(id, 3, NULL) AS gi
FROM dates
