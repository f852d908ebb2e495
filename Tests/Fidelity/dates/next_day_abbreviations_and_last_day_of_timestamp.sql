-- data: dates.json
SELECT id, next_day(d, 'Mon') AS mon, next_day(d, 'FRIDAY') AS fri, next_day(d, 'su') AS sun,
       last_day(ts) AS ld, last_day('2023-02-10') AS feb
FROM dates
