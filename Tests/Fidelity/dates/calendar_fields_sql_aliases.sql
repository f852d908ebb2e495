-- data: dates.json
SELECT id, day(d) AS day, dayofmonth(d) AS dom, weekofyear(d) AS wk, dayofweek(ts) AS dow_ts, weekday(s) AS wd_string
FROM dates WHERE id IN (1, 3, 5)
