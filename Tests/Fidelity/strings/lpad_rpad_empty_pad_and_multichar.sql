SELECT lpad('abc', 6, '') AS lpad_empty_pad,
       rpad('abc', 2, '') AS rpad_empty_pad_truncates,
       lpad('abc', 8, 'xy') AS lpad_multi,
       rpad('abc', 8, 'xy') AS rpad_multi,
       lpad('abc', 0, 'x') AS zero_len,
       lpad('abc', -1, 'x') AS negative_len,
       lpad('7', 3) AS default_pad
