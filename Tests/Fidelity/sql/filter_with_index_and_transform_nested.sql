SELECT filter(array(5, 6, 7, 8), (x, i) -> i % 2 = 0) AS even_pos,
       transform(array(array(1, 2), array(3)), a -> transform(a, x -> x * 10)) AS nested,
       transform(array(1, 2, 3), x -> array(x, x)) AS pairs
