-- data: numbers.json
SELECT id, coalesce(s, a) FROM nums
