SELECT format_number(1234.5, '#,##0.00') AS pat, format_number(-0.5D, 0) AS neg_half, format_number(1e10D, 3) AS big,
       format_number(CAST(12345.678 AS DECIMAL(10,3)), 1) AS dec, format_number(5, -1) AS neg_scale,
       format_number(0.125D, 2) AS half_even, format_number(1234567L, 0) AS long_val, format_number(NULL, 2) AS nul,
       format_number(2.5D, 0) AS two_five
