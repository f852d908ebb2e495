SELECT stack(2, 'a', 1, 'b', 2)
