SELECT length(12345) AS len_int, upper(DATE'2024-03-01') AS up_date, substr(3.14159, 1, 4) AS sub_decimal, concat(1, 2.5D, true) AS concat_mixed, reverse(123) AS rev_int
