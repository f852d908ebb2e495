SELECT try_divide(CAST(10 AS DECIMAL(5, 2)), 3) AS dec_by_int,
       typeof(try_divide(CAST(10 AS DECIMAL(5, 2)), 3)) AS dec_type,
       try_divide(10, 4) AS int_by_int,
       try_divide(CAST(1 AS DECIMAL(5, 2)), CAST(0 AS DECIMAL(5, 2))) AS by_zero
