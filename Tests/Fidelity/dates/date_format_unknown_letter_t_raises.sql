SELECT date_format(DATE'2024-03-05', 'yyyy-MM-dd tt') AS unknown_letter
