SELECT date_format(DATE'2024-03-05', 'F') AS f, date_format(DATE'2024-03-29', 'F') AS f_end, date_format(DATE'2024-03-01', 'F') AS f_first
