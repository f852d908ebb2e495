-- data: numbers.json
SELECT id, greatest(a, b, 0), least(a, b), greatest(NULL, 1) FROM nums
