SELECT format_number(1e10D, 2) AS big, format_number(0.000123D, 5) AS tiny, format_number(-1234.5678D, 1) AS neg, format_number(CAST(NULL AS DOUBLE), 2) AS null_value, format_number(1e20D, 0) AS huge
