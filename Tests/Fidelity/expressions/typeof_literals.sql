SELECT typeof(1), typeof(1L), typeof(1.5), typeof(1.5D), typeof(1e2), typeof('x'), typeof(DATE'2024-01-01'), typeof(NULL), typeof(100000000000)
