SELECT date_add(DATE'2024-03-05', 1.5) AS d
