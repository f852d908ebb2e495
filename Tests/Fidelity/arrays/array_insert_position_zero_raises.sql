SELECT array_insert(array(1, 2, 3), 0, 9)
