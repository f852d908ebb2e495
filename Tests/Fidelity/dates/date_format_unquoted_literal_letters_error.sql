SELECT date_format(DATE'2024-03-05', 'yyyy-MM-dd at noon') AS x
