SELECT factorial(0) AS f0, factorial(20) AS f20, factorial(-1) AS fneg, typeof(factorial(3)) AS ft, signum(-5) AS s,
       sign(0.0) AS z, typeof(signum(5)) AS st, signum(CAST('NaN' AS DOUBLE)) AS snan, signum(-0.0D) AS negzero,
       abs(-0.0D) AS absnegzero, negative(5) AS neg, positive(-5) AS pos
