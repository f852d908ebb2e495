-- data: numbers.json
SELECT id, coalesce(a, big) AS c1, coalesce(a, 0.5) AS c2, coalesce(x, a) AS c3,
       coalesce(NULL, a) AS c5, coalesce(CAST(NULL AS DATE), TIMESTAMP'2024-01-01 10:00:00') AS c6
FROM nums
