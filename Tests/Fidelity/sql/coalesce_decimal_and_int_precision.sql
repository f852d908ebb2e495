-- data: decimals.json
SELECT id, coalesce(price, qty) AS v, coalesce(rate, 1) AS r FROM amounts
