SELECT '1' + 2, typeof('1' + 2), 3 / 2, 4 / 2, 7 DIV 2, typeof(7 DIV 2)
