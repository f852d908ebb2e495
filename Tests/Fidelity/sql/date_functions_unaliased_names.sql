-- data: dates.json
SELECT id, date_trunc('MONTH', ts), date_format(d, 'yyyy-MM'), months_between(d, DATE'2024-01-01'), last_day(d),
       extract(YEAR FROM d), d + INTERVAL 1 DAY, add_months(d, 1), dayofweek(d)
FROM dates WHERE id <= 3
