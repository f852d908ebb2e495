SELECT positive(-5) AS pos, negative(5) AS neg, negative(-0.0D) AS neg_zero, +(-3) AS unary_plus, typeof(negative(CAST(1 AS SMALLINT))) AS small_type, negative(CAST(1.5 AS DECIMAL(2,1))) AS dec
