SELECT CAST(' 12 ' AS INT) AS spaces, CAST('+7' AS INT) AS plus, CAST('-0' AS INT) AS neg_zero, CAST('1e3' AS DOUBLE) AS sci,
       CAST('  3.5  ' AS DOUBLE) AS dbl, try_cast('0x1F' AS INT) AS hex, try_cast('12.5' AS INT) AS frac,
       CAST('007' AS BIGINT) AS leading_zeros, CAST('1.50' AS DECIMAL(4,2)) AS dec, try_cast('abc' AS DOUBLE) AS bad
