SELECT 'b' BETWEEN 'a' AND 'c' AS str_between, 'B' BETWEEN 'a' AND 'c' AS upper_out, 5 BETWEEN 10 AND 1 AS reversed,
       DATE'2024-02-15' BETWEEN '2024-02-01' AND '2024-02-29' AS date_str, 5 NOT BETWEEN 1 AND 3 AS not_between,
       2.5 BETWEEN 2 AND 3 AS dec_int
