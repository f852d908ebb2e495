-- data: dates.json
SELECT id, ts + INTERVAL '1-1' YEAR TO MONTH AS plus_13m, ts - INTERVAL 1 MONTH AS minus_month, d + INTERVAL 12 MONTHS AS plus_year FROM dates
