-- data: numbers.json
SELECT id, CASE WHEN id = 1 THEN a WHEN id = 2 THEN big ELSE 0.5 END AS v, typeof(CASE WHEN id = 1 THEN a ELSE x END) AS t
FROM nums WHERE id IN (1, 2, 3)
