-- data: numbers.json
SELECT id, a BETWEEN 0 AND 10, a BETWEEN 10 AND 0, a NOT BETWEEN 0 AND 10 FROM nums
