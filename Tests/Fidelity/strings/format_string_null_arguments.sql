SELECT format_string('%s-%s', 'a', NULL) AS null_string,
       format_string('%d items', CAST(NULL AS INT)) AS null_int,
       format_string('%5s|%-5s|', 'ab', 'cd') AS widths,
       format_string('%05d', 42) AS zero_pad,
       format_string('%,d', 1234567) AS grouping,
       format_string('%x %o %e', 255, 8, 12345.678D) AS radix_and_exp
