SELECT next_day(DATE'2024-01-31', 'xyz')
