SELECT id, zip_with(slice(xs, 2, size(xs)), slice(xs, 1, size(xs) - 1), (a, b) -> a - b) AS diffs
FROM VALUES (1, array(10, 13, 11, 20)), (2, array(5, 5)) AS t(id, xs)
