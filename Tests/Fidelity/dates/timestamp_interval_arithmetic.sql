-- data: dates.json
SELECT id,
       ts + INTERVAL 90 MINUTES AS plus_90m,
       ts - INTERVAL '1' DAY AS minus_day,
       d + INTERVAL 1 MONTH AS next_month,
       ts + INTERVAL '1 2:03:04' DAY TO SECOND AS plus_dts,
       date_add(d, 30) AS plus_30,
       timestampadd(HOUR, 5, ts) AS plus_5h
FROM dates
WHERE id <> 4
