-- data: numbers.json
SELECT sum(big) FROM nums WHERE id IN (1, 2)
