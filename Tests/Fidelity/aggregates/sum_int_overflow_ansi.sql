-- data: numbers.json
SELECT sum(a) AS s, sum(a + 1) AS s1 FROM nums WHERE id IN (4, 7)
