-- data: numbers.json
SELECT a AS v FROM nums WHERE id IN (1, 2) UNION SELECT s FROM nums WHERE id IN (1, 2)
