SELECT log(1, 10) AS base_one,
       log(10, 1) AS log_of_one,
       log(2, 1024) AS two_base,
       log(0.5, 8) AS fraction_base,
       log(-2, 8) AS neg_base,
       log2(0) AS log2_zero,
       log1p(-1) AS log1p_minus_one,
       ln(-0.0D) AS ln_neg_zero
