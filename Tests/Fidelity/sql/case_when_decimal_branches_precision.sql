-- data: decimals.json
SELECT id, CASE WHEN id = 1 THEN price ELSE rate END AS v FROM amounts WHERE id <= 3
