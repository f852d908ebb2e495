SELECT transform(array(1, 2), (x, i, j) -> x + i + j)
