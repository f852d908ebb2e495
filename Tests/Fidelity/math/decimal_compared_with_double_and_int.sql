SELECT CAST(0.1 AS DECIMAL(2, 1)) = 0.1D AS dec_eq_double,
       CAST(1.0 AS DECIMAL(2, 1)) = 1 AS dec_eq_int,
       typeof(CAST(0.1 AS DECIMAL(2, 1)) + 0.1D) AS dec_plus_double,
       CAST(0.1 AS DECIMAL(2, 1)) + 0.2D AS dec_plus_double_value,
       typeof(CAST(1 AS DECIMAL(2, 1)) + 1L) AS dec_plus_bigint
