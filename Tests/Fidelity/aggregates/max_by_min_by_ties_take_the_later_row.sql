SELECT max_by(x, y) AS max_x, min_by(x, y) AS min_x, max_by(x, z) AS max_by_z
FROM VALUES ('a', 1, 5), ('b', 1, 5), ('c', 0, 5), ('d', 0, 5) AS t(x, y, z)
