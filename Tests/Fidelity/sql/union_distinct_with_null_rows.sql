SELECT * FROM VALUES (1, NULL), (2, 'b'), (1, NULL) AS t(id, v)
UNION
SELECT * FROM VALUES (1, NULL), (3, 'c') AS s(id, v)
