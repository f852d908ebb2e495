-- data: numbers.json
SELECT sum(a), typeof(sum(a)) FROM nums WHERE id IN (4, 1)
