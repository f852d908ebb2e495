SELECT format_string('%s', 1.0D) AS dbl, format_string('%s', DATE'2024-01-05') AS dt, format_string('%s', TIMESTAMP'2024-01-05 10:00:00') AS ts,
       format_string('%s', 1.50) AS dec, format_string('%s|%s', NULL, true) AS nul_bool, format_string('%10.3f|', 3.14159D) AS width,
       format_string('%-6d|', 42) AS left_int, format_string('%+d', 5) AS plus, format_string('%05d', -42) AS neg_zero_pad
