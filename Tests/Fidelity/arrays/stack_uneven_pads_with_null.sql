SELECT stack(3, 1, 2, 3, 4, 5) AS (x, y)
