-- data: dates.json
SELECT id, ts + INTERVAL '1 02:03:04' DAY TO SECOND AS plus_dts, ts - INTERVAL 1 MONTH AS minus_month,
       d + INTERVAL 1 DAY AS d_plus_day, d + INTERVAL '1-2' YEAR TO MONTH AS d_plus_ym,
       ts + INTERVAL 36 HOURS AS plus_36h, d - INTERVAL 3 MONTHS AS d_minus_3m
FROM dates
