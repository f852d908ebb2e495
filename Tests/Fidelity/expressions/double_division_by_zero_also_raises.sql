-- data: numbers.json
SELECT id, x / 0.0 FROM nums WHERE id = 1
