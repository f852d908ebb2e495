SELECT CAST('1e308' AS DOUBLE) * 10 AS inf, exp(710) AS exp_inf, sqrt(-0.0D) AS sqrt_negzero, atan2(0, -1) AS pi_val,
       ceil(-0.5D) AS ceil_neg, floor(-0.0D) AS floor_negzero, -0.0D AS neg_zero, abs(-0.0D) + 0 AS abs_zero,
       1e308D + 1e308D AS sum_inf, -(CAST('Infinity' AS DOUBLE)) AS neg_inf, CAST('Infinity' AS DOUBLE) - CAST('Infinity' AS DOUBLE) AS inf_minus_inf
