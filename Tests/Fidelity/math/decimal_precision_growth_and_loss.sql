SELECT typeof(CAST(1 AS DECIMAL(38,10)) * CAST(1 AS DECIMAL(38,10))) AS mul_cap,
       CAST(1.5 AS DECIMAL(38,10)) * CAST(2.25 AS DECIMAL(38,10)) AS mul_val,
       typeof(CAST(1 AS DECIMAL(20,2)) + CAST(1 AS DECIMAL(10,5))) AS add_t,
       typeof(CAST(1 AS DECIMAL(20,2)) - 1) AS sub_int, typeof(CAST(1 AS DECIMAL(5,2)) * 1.5D) AS with_double,
       typeof(CAST(10 AS DECIMAL(38,0)) / 3) AS div_cap, CAST(10 AS DECIMAL(38,0)) / 3 AS div_val,
       typeof(CAST(1 AS DECIMAL(5,2)) % CAST(1 AS DECIMAL(7,3))) AS mod_t, typeof(-CAST(1 AS DECIMAL(5,2))) AS neg_t
