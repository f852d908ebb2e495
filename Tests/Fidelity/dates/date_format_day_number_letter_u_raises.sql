SELECT date_format(DATE'2024-03-05', 'u') AS dow
