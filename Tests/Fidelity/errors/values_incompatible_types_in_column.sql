SELECT * FROM VALUES (1), ('a'), (array(1)) AS t(x)
