SELECT 7 DIV 2 AS pos, -7 DIV 2 AS neg, 7 DIV -2 AS neg_divisor,
       CAST(7.9 AS DECIMAL(2, 1)) DIV 2 AS dec_div,
       typeof(CAST(7.9 AS DECIMAL(2, 1)) DIV 2) AS dec_div_type,
       9223372036854775807L DIV -1 AS bigint_div
