SELECT lpad(5, 3, '0') AS padded_int, concat('d=', DATE'2024-01-01') AS with_date, concat('x', 1.50) AS with_decimal,
       length(12345) AS len_int, upper(true) AS up_bool, substring(123456, 2, 3) AS sub_int, concat('v', 1.0D / 3) AS with_double,
       repeat(7, 3) AS rep_int, reverse(100) AS rev_int
