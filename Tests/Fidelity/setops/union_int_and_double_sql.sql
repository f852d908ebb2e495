-- data: numbers.json
SELECT id, a AS v FROM nums WHERE id < 3 UNION ALL SELECT id, x FROM nums WHERE id < 3
