-- data: dates.json
SELECT id, date_format(d, 'D') AS doy, date_format(d, 'DDD') AS doy3, date_format(ts, 'SSS') AS millis,
       date_format(ts, 'h a') AS h12, date_format(ts, 'K') AS k0, date_format(ts, 'k') AS k24,
       date_format(d, 'yy') AS yy, date_format(d, 'Q') AS q, date_format(d, 'QQQ') AS qqq, date_format(d, 'L') AS mon
FROM dates
