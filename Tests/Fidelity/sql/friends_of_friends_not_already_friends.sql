WITH f AS (
  SELECT * FROM VALUES (1, 2), (2, 3), (3, 4), (1, 5), (5, 3), (2, 1) AS t(a, b)
), edges AS (
  SELECT a, b FROM f UNION SELECT b AS a, a AS b FROM f
)
SELECT DISTINCT e1.a AS person, e2.b AS suggestion
FROM edges e1 JOIN edges e2 ON e1.b = e2.a
WHERE e1.a <> e2.b
  AND NOT EXISTS (SELECT 1 FROM edges e3 WHERE e3.a = e1.a AND e3.b = e2.b)
