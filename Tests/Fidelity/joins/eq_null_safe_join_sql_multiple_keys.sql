WITH a AS (SELECT * FROM VALUES (1, NULL, 'a1'), (2, 'x', 'a2'), (NULL, NULL, 'a3') AS t(id, tag, v)),
     b AS (SELECT * FROM VALUES (1, NULL, 'b1'), (2, 'x', 'b2'), (NULL, NULL, 'b3'), (2, NULL, 'b4') AS t(id, tag, w))
SELECT a.v, b.w FROM a JOIN b ON a.id <=> b.id AND a.tag <=> b.tag
