SELECT lpad('abc', 2) AS trunc_l, rpad('abc', 2) AS trunc_r, lpad('abc', 5) AS space_pad, lpad('abc', 7, 'xy') AS multi,
       rpad('abc', 7, 'xy') AS multi_r, lpad('abc', 5, '') AS empty_pad, rpad('abc', 0, 'x') AS zero,
       lpad('abc', -1, 'x') AS negative, lpad(NULL, 3, 'x') AS nul, lpad('é', 3, 'ü') AS unicode
