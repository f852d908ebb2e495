SELECT filter(array(1, 2, 3), x -> x + 1)
