-- data: numbers.json
SELECT id, (b <> 0 AND a / b > 1) AS safe_and FROM nums
