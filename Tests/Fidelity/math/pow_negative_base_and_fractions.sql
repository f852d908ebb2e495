SELECT pow(-8, 1.0D / 3) AS cube_root_negative,
       pow(-2, 3) AS neg_cubed,
       pow(2, -2) AS neg_exp,
       power(0, 0) AS zero_zero,
       pow(double('NaN'), 0) AS nan_to_zero,
       pow(1, double('NaN')) AS one_to_nan,
       cbrt(-8) AS cbrt_neg
