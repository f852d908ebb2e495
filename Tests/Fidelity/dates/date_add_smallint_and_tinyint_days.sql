SELECT date_add(DATE'2024-03-05', CAST(2 AS SMALLINT)) AS small, date_add(DATE'2024-03-05', CAST(-5 AS TINYINT)) AS tiny,
       date_sub(DATE'2024-03-05', 1) AS minus_one, dateadd(DATE'2024-03-05', 7) AS alias_name
