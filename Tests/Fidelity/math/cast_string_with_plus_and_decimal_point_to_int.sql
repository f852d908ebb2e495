SELECT CAST('+7' AS INT) AS plus_sign,
       CAST(' -0 ' AS INT) AS neg_zero,
       CAST('007' AS INT) AS leading_zeros,
       CAST('1.0' AS DECIMAL(3, 1)) AS dec,
       CAST('12' AS TINYINT) AS tiny,
       try_cast('1.9' AS INT) AS try_fraction
