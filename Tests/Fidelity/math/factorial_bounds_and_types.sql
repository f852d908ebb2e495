SELECT factorial(0) AS f0, factorial(20) AS f20, factorial(-1) AS fneg, factorial(CAST(NULL AS INT)) AS fnull, typeof(factorial(3)) AS ftype
