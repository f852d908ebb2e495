SELECT pow(2, 10) AS p, power(-8, 1.0/3) AS neg_root, pow(0, 0) AS zero_zero, pow(-1, 0.5) AS nan,
       pow(2, -2) AS frac, cbrt(-27) AS cbrt_neg, sqrt(2) AS sqrt2, sqrt(CAST(NULL AS INT)) AS nul,
       typeof(pow(2, 3)) AS t, hypot(3, 4) AS h, pow(10, 309) AS inf
