-- data: numbers.json
SELECT id, CASE WHEN a > 0 THEN a ELSE 'neg' END AS v FROM nums WHERE id IN (1, 2)
