-- data: numbers.json
SELECT CAST(x AS INT) FROM nums WHERE id = 4
