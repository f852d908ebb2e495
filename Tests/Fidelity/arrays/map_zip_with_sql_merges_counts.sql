SELECT map_zip_with(a, b, (k, x, y) -> coalesce(x, 0) + coalesce(y, 0)) AS merged
FROM VALUES (map('apple', 2, 'pear', 1), map('pear', 5, 'plum', 3)), (map('fig', 1), map()) AS t(a, b)
