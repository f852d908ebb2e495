-- data: numbers.json
SELECT sum(s) FROM nums WHERE id IN (1, 7)
