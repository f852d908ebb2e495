SELECT to_timestamp('20240305140709', 'yyyyMMddHHmmss') AS compact, to_timestamp('240305', 'yyMMdd') AS two_digit_year,
       to_date('2024060', 'yyyyDDD') AS day_of_year
