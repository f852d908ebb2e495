-- data: numbers.json
SELECT id, abs(a), abs(x), negative(b), positive(b) FROM nums WHERE id < 8
