SELECT typeof(X'CAFE') AS t1, typeof(1.5D) AS t2, typeof(10L) AS t3, typeof(1.0BD) AS t4, typeof(2S) AS t5,
       typeof(3Y) AS t6, typeof(1.5F) AS t7, typeof(1e1) AS t8, typeof(DATE'2024-01-01') AS t9,
       typeof(TIMESTAMP'2024-01-01 00:00:00') AS t10, typeof(2147483648) AS t11, typeof(1.23456789012345678901234) AS t12
