-- data: dates.json
SELECT year(d), month(ts), day(d), dayofweek(d), weekday(d), date_format(ts, 'HH:mm'), to_date(s), try_to_timestamp(s),
       date_add(d, 7), d + 7, dateadd(d, 1), date_diff(d, DATE'2024-01-01'), d - DATE'2024-01-01', ts - INTERVAL 1 HOUR,
       extract(MONTH FROM d), date_part('DAY', ts), trunc(d, 'YEAR'), date_trunc('MONTH', ts), last_day(d), make_date(2024, 1, id),
       unix_date(d), CAST(ts AS DATE), to_unix_timestamp(ts), from_unixtime(0, 'yyyy')
FROM dates WHERE id IN (1, 5, 6, 7)
