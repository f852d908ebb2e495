SELECT CAST('2024-03-05 14:07:09' AS DATE) AS with_time, CAST('2024-03-05T14' AS DATE) AS t_hour, CAST('  2024-03-05' AS DATE) AS leading_spaces,
       try_cast('2024-03-05x' AS DATE) AS garbage, try_cast('20240305' AS DATE) AS compact, CAST('2024-3-5' AS DATE) AS single_digits
