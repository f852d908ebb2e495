SELECT length('a😀b') AS len, substring('a😀b', 2, 1) AS sub, reverse('a😀b') AS rev, upper('a😀b') AS up,
       octet_length('😀') AS bytes, lpad('😀', 3, '*') AS padded, instr('a😀b', 'b') AS pos, left('😀😀x', 1) AS lft
