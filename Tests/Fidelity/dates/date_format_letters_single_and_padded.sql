-- data: dates.json
SELECT id, date_format(ts, 'y M d H m s') AS singles, date_format(ts, 'yyy') AS y3, date_format(ts, 'yyyyy') AS y5,
       date_format(ts, 'S') AS s1, date_format(ts, 'SSSSSS') AS s6, date_format(ts, 'a') AS ampm, date_format(ts, 'hh') AS h12
FROM dates WHERE id IN (3, 4, 6)
