SELECT make_date(2024, 2, 29), make_timestamp(2024, 1, 1, 12, 30, 45.5), to_timestamp('2024-01-01 10:00:00') + INTERVAL 90 MINUTES, DATE'2024-01-31' + 1
