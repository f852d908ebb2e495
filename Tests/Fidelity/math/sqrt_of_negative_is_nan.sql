-- data: numbers.json
SELECT id, sqrt(a), ln(a) FROM nums WHERE id IN (1, 2, 6)
