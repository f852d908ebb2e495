SELECT format_number(1234567.891D, 2) AS two,
       format_number(1234567.891D, 0) AS zero,
       format_number(1234567.891D, -1) AS negative,
       format_number(-0.5D, 0) AS neg_half,
       format_number(2.5D, 0) AS half_even,
       format_number(1234.5D, '#,##0.000') AS pattern,
       format_number(CAST(12345.6789 AS DECIMAL(10, 4)), 3) AS decimal_value
