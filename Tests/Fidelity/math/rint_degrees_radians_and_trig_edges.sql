SELECT rint(2.5) AS r25, rint(3.5) AS r35, rint(-2.5) AS rneg, degrees(pi()) AS deg, radians(180) AS rad,
       atan2(1, 1) AS at, acos(2) AS acos_out, asin(1) AS asin1, tan(0) AS t0, cot(1) AS ct, sinh(0) AS sh, e() AS e
