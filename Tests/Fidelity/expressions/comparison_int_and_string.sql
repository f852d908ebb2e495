-- data: numbers.json
SELECT id, s, a = s FROM nums WHERE id IN (1, 7)
