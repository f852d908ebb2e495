SELECT nullif(1, 1), nullif('a', 'b'), nvl2(NULL, 1, 2), nvl2('x', 1.5, 2), nvl(NULL, 'fallback'), ifnull(3, 4L), typeof(nvl2('x', 1.5, 2))
