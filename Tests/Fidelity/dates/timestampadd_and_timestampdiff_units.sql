-- data: dates.json
SELECT id,
       timestampadd(MONTH, 1, ts),
       timestampadd(DAY, -1, d),
       dateadd(YEAR, 1, ts) AS next_year,
       timestampadd(QUARTER, 1, ts) AS next_quarter,
       timestampadd(WEEK, 2, ts) AS two_weeks,
       timestampadd(MILLISECOND, 1500, ts) AS plus_ms,
       timestampdiff(MONTH, ts, TIMESTAMP'2024-12-31 12:00:00'),
       timestampdiff(DAY, ts, TIMESTAMP'2024-03-01 00:00:00') AS days,
       datediff(HOUR, d, ts) AS hours,
       timestampdiff(YEAR, d, DATE'2025-02-28') AS years,
       timestampdiff(WEEK, ts, TIMESTAMP'2024-01-01 00:00:00') AS weeks
FROM dates
