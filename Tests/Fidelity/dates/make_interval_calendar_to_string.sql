SELECT CAST(make_interval(1, 2, 0, 3, 4, 5, 6.5) AS STRING) AS mi, TIMESTAMP'2024-01-31 00:00:00' + make_interval(0, 1) AS plus_month
