SELECT date_add(DATE'2024-01-31', '1') AS str_days, date_sub('2024-03-01', 1) AS str_date, typeof(date_add('2024-01-31', 1)) AS t
