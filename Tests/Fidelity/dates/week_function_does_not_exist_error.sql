-- data: dates.json
SELECT id, week(d) AS wk FROM dates
