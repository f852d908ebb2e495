SELECT ceil(1234.5D, -2) AS ceil_neg,
       floor(-1234.5D, -2) AS floor_neg,
       ceil(CAST(-1.25 AS DECIMAL(4, 2)), 1) AS ceil_dec,
       floor(CAST(-1.25 AS DECIMAL(4, 2)), 1) AS floor_dec,
       ceil(-0.5D) AS ceil_neg_half,
       floor(5) AS floor_int,
       ceiling(2.1D) AS ceiling_alias
