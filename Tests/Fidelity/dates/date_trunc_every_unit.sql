SELECT date_trunc('YEAR', ts) AS y, date_trunc('QUARTER', ts) AS q, date_trunc('MONTH', ts) AS mo,
       date_trunc('WEEK', ts) AS w, date_trunc('DAY', ts) AS d, date_trunc('DD', ts) AS dd,
       date_trunc('HOUR', ts) AS h, date_trunc('MINUTE', ts) AS mi, date_trunc('SECOND', ts) AS s,
       date_trunc('MILLISECOND', ts) AS ms, date_trunc('MICROSECOND', ts) AS us, date_trunc('decade', ts) AS bad
FROM VALUES (TIMESTAMP'2024-08-17 13:45:27.123456') AS t(ts)
