SELECT * FROM VALUES (1 + 1, upper('a'), array(1, 2)), (abs(-3), lower('B'), array()) AS t(n, s, arr)
