-- data: numbers.json
SELECT id, a % b FROM nums
