SELECT sequence(1, 5, -1)
