-- data: decimals.json
SELECT price AS v FROM amounts WHERE id = 1 UNION ALL SELECT ratio FROM amounts WHERE id = 2
