-- data: numbers.json
SELECT id, (b <> 0 AND a / b > 1) AS safe_and, (b = 0 OR a / b > 1) AS safe_or FROM nums
