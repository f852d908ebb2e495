SELECT id, named_struct('a', id, 'b', tag) AS s, array(id, id * 2) AS arr, map(tag, id) AS m
FROM VALUES (1, 'x'), (2, 'y') AS t(id, tag)
