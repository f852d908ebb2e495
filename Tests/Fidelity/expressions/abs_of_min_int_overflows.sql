-- data: numbers.json
SELECT abs(a) FROM nums WHERE id = 8
