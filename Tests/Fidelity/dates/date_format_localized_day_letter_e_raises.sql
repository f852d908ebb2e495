SELECT date_format(DATE'2024-03-05', 'e') AS local_day_of_week
