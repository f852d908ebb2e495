-- data: numbers.json
SELECT big + 1 FROM nums WHERE id = 1
