SELECT make_timestamp(2024, 3, 5, 10, 0, 60.5) AS ts
