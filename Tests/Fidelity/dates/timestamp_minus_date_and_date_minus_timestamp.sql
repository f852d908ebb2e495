-- data: dates.json
SELECT id, ts - d AS since_midnight, d - ts AS until_midnight, typeof(ts - d) AS t FROM dates WHERE id <= 3
