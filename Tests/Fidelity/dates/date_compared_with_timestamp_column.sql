-- data: dates.json
SELECT id, d = ts AS eq, d < ts AS before, d = CAST(ts AS DATE) AS same_day FROM dates
