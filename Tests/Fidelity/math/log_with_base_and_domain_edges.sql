SELECT log(2, 8) AS log2_8, log(10, 100) AS log10_100, log(1, 10) AS base_one, log(-2, 8) AS neg_base,
       log2(0) AS log2_zero, log2(1024) AS log2_1024, ln(-1) AS ln_neg, log1p(-1) AS log1p_neg1, log1p(-2) AS log1p_neg2,
       log(8) AS natural, log10(0.001) AS small, exp(0) AS e0, expm1(0) AS em1, exp(-1000) AS underflow
