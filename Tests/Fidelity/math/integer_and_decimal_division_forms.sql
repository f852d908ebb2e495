SELECT 7 / 2 AS slash, 7 div 2 AS div, -7 div 2 AS neg_div, 7 % -3 AS rem, -7 % 3 AS neg_rem, pmod(-7, 3) AS pm,
       CAST(7 AS DECIMAL(10, 2)) / 3 AS dec_div, CAST(1 AS DECIMAL(38, 10)) / 3 AS wide_div, 2.5 * 4 AS dec_mul
