SELECT format_string('%5s|%-5s|', 'ab', 'cd') AS widths, format_string('%08.3f', 3.14159D) AS zero_pad,
       format_string('%x %X %o', 255, 255, 8) AS radix, format_string('%,d', 1234567) AS grouped,
       format_string('%e', 12345.678D) AS sci, format_string('%b %%', true) AS bool,
       format_string('%2$s %1$s', 'world', 'hello') AS positional, format_string('%s and %s', 'x', NULL) AS null_arg,
       printf('%d items', 3L) AS pf
