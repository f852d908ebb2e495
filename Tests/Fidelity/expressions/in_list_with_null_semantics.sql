-- data: numbers.json
SELECT id, a IN (7, 10), a IN (7, NULL), a NOT IN (7, NULL) FROM nums WHERE id IN (1, 2, 5)
