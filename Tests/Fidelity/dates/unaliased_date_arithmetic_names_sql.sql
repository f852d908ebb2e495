-- data: dates.json
SELECT id, d + INTERVAL 1 DAY, ts - INTERVAL '1 2' DAY TO HOUR, d - 7, date_trunc('MONTH', d), add_months(d, 1), datediff(d, DATE'2024-01-01')
FROM dates WHERE id <= 3
