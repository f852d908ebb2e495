-- data: numbers.json
SELECT id, CASE WHEN b = 0 THEN NULL ELSE a / b END AS ratio FROM nums
