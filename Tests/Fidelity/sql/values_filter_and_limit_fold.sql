-- data: employees.json

SELECT a * 2 AS twice, upper(b) AS up FROM VALUES (1, 'x'), (2, 'y'), (3, NULL), (4, 'z') AS t(a, b) WHERE a > 1 LIMIT 2
