-- data: dates.json
SELECT id, to_char(d, 'yyyy/MM/dd') AS c, to_varchar(ts, 'HH:mm') AS v, date_format(d, 'EEEE, MMMM d') AS long_name
FROM dates WHERE id <= 3
