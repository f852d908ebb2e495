SELECT printf('%d', 3.5D)
