SELECT make_date(2023, 2, 29)
