SELECT abs(CAST(-1.50 AS DECIMAL(4, 2))) AS dec, typeof(abs(CAST(-1.50 AS DECIMAL(4, 2)))) AS dec_type,
       abs(CAST(-2.5 AS FLOAT)) AS flt, typeof(abs(CAST(-2.5 AS FLOAT))) AS flt_type,
       abs(-0.0D) AS neg_zero, abs(CAST(-128 AS TINYINT) + 1) AS tiny
