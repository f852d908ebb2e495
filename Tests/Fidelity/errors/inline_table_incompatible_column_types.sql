SELECT * FROM VALUES (1, array(1)), (2, map('a', 1)) AS t(id, xs)
