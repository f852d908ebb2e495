SELECT bit_get(5, 32)
