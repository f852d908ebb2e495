SELECT CAST(1.12345678901234567890 AS DECIMAL(38, 20)) * CAST(2.5 AS DECIMAL(38, 20)) AS product,
       typeof(CAST(1.1 AS DECIMAL(38, 20)) * CAST(2.5 AS DECIMAL(38, 20))) AS product_type,
       typeof(CAST(1 AS DECIMAL(38, 10)) + CAST(1 AS DECIMAL(38, 30))) AS sum_type,
       typeof(CAST(1 AS DECIMAL(20, 2)) / CAST(3 AS DECIMAL(20, 2))) AS div_type,
       CAST(1 AS DECIMAL(20, 2)) / CAST(3 AS DECIMAL(20, 2)) AS div_value
