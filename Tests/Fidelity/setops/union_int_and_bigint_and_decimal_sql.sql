-- data: numbers.json
SELECT a AS v FROM nums WHERE id = 1
UNION ALL SELECT big FROM nums WHERE id = 2
UNION ALL SELECT CAST(1.25 AS DECIMAL(5,2)) FROM nums WHERE id = 3
