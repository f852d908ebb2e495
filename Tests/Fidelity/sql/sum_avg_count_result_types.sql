-- data: numbers.json
SELECT sum(a), avg(a), sum(big), avg(x), count(x), min(s), max(a) + 1, sum(CAST(a AS SMALLINT)), sum(1.5)
FROM nums WHERE id <> 1 AND id <> 3 AND id <> 4 AND id <> 8
