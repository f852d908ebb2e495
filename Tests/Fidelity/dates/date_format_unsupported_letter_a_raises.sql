SELECT date_format(TIMESTAMP'2024-03-05 10:00:00', 'yyyy A') AS x
