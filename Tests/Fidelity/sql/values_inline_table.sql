SELECT a, b FROM VALUES (1, 'x'), (2, 'y'), (NULL, 'z') AS t(a, b)
