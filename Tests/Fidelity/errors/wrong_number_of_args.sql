SELECT substring('abc')
