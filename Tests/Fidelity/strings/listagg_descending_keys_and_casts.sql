SELECT g,
       listagg(x, ', ') WITHIN GROUP (ORDER BY x DESC),
       listagg(DISTINCT x) WITHIN GROUP (ORDER BY x),
       listagg(y, '/') WITHIN GROUP (ORDER BY x DESC, y) AS by_two_keys
FROM VALUES (1, 'b', 1), (1, 'a', 2), (1, NULL, 3), (1, 'c', NULL), (1, 'a', 5), (2, NULL, NULL) AS t(g, x, y)
GROUP BY g
