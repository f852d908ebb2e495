-- data: dates.json
SELECT id, extract(WEEK FROM d) AS wk, extract(QUARTER FROM ts) AS q, extract(DOW_ISO FROM d) AS dow_iso, extract(SECONDS FROM ts) AS secs, date_part('MINUTES', ts) AS mins
FROM dates WHERE id IN (1, 4)
