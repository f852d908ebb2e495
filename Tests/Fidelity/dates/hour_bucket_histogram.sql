-- data: dates.json
-- ordered: true
SELECT hour(ts) AS h, count(*) AS n, date_format(min(ts), 'HH:mm:ss') AS first_seen FROM dates WHERE ts IS NOT NULL GROUP BY hour(ts) ORDER BY h
