SELECT aggregate(array(1.5, 2.5), 0, (acc, x) -> acc + x)
