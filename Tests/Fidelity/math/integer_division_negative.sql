SELECT -7 DIV 2, 7 DIV -2, -7 % 2, pmod(-7, 2), CAST(-7 / 2 AS INT), floor(-7 / 2)
