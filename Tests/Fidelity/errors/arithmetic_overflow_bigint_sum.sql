-- data: numbers.json
SELECT sum(big) FROM nums WHERE big > 0
