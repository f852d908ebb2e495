SELECT make_timestamp(2024, 2, 30, 10, 0, 0)
