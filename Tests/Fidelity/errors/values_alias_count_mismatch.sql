SELECT * FROM VALUES (1, 2), (3, 4) AS t(a)
