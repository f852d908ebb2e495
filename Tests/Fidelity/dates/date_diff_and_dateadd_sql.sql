-- data: dates.json
SELECT id, date_diff(DATE'2025-01-01', d), dateadd(d, 7), d - DATE'2024-01-01' FROM dates WHERE id < 4
