-- data: numbers.json
SELECT id, a, '7' = a AS eq, a < '10' AS lt, '1' = 1 AS lit FROM nums WHERE id IN (1, 2, 7)
