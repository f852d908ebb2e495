-- data: numbers.json
SELECT id FROM nums WHERE b = 0 OR a / b > 1
