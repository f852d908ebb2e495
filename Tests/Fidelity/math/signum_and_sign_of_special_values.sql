SELECT signum(0.0D) AS zero, signum(-0.0D) AS neg_zero, signum(double('NaN')) AS nan,
       signum(-5) AS neg_int, sign(CAST(-2.5 AS DECIMAL(3, 1))) AS dec, signum(double('-Infinity')) AS neg_inf,
       typeof(signum(5)) AS int_type
