SELECT date_format(DATE'2024-01-31', 'w')
