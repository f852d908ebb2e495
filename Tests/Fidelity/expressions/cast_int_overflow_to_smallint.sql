-- data: numbers.json
SELECT CAST(a AS SMALLINT) FROM nums WHERE id = 4
