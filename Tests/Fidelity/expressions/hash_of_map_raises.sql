SELECT hash(map('a', 1))
