-- data: numbers.json
SELECT id,
       CASE WHEN id = 1 THEN a WHEN id = 2 THEN big ELSE 0 END AS int_or_bigint,
       CASE WHEN id = 1 THEN a ELSE 2.5 END AS int_or_decimal,
       CASE WHEN id = 1 THEN x ELSE 1 END AS double_or_int,
       CASE WHEN id < 3 THEN 1.25 ELSE 10.5 END AS two_decimals
FROM nums
