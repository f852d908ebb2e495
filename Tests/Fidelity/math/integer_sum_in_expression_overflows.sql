-- data: numbers.json
SELECT id, a + b AS total FROM nums WHERE id IN (1, 4)
