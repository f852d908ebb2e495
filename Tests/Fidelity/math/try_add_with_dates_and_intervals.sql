SELECT try_add(DATE'2024-01-31', 1) AS date_plus_days,
       try_add(2147483647, 1) AS int_overflow,
       try_add(2147483647L, 1) AS bigint_ok,
       try_subtract(-2147483648, 1) AS sub_overflow,
       try_multiply(3, 2.5) AS int_times_decimal,
       try_divide(1, 0.0) AS div_zero_decimal
