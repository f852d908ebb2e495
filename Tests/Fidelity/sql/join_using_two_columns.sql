SELECT * FROM VALUES (1, 'a', 10), (1, 'b', 11), (2, 'a', 20) AS l(k, s, v)
JOIN VALUES (1, 'a', 'x'), (2, 'b', 'y'), (2, 'a', 'z') AS r(k, s, w) USING (k, s)
