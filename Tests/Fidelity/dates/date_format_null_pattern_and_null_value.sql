-- data: dates.json
SELECT id, date_format(d, NULL) AS null_pattern, date_format(CAST(NULL AS DATE), 'yyyy') AS null_value FROM dates WHERE id <= 2
