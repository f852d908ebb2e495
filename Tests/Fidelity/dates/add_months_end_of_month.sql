-- data: dates.json
SELECT id, d, add_months(d, 1), add_months(d, -1), add_months(d, 12) FROM dates
