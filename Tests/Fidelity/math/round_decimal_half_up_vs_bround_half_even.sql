SELECT round(CAST(2.5 AS DECIMAL(3, 1)), 0) AS r_25,
       bround(CAST(2.5 AS DECIMAL(3, 1)), 0) AS b_25,
       round(CAST(-2.5 AS DECIMAL(3, 1)), 0) AS r_neg25,
       bround(CAST(-2.5 AS DECIMAL(3, 1)), 0) AS b_neg25,
       bround(CAST(3.5 AS DECIMAL(3, 1)), 0) AS b_35,
       round(CAST(1234.5678 AS DECIMAL(8, 4)), -2) AS r_neg_scale,
       bround(CAST(1250 AS DECIMAL(4, 0)), -2) AS b_neg_scale
