SELECT hypot(3, 4) AS hyp, atan2(0.0D, -1.0D) AS atan2_pi, atan2(-0.0D, -1.0D) AS atan2_neg_pi,
       asin(2) AS asin_out, acos(1) AS acos_one, cot(0) AS cot_zero, sinh(0) AS sinh_zero, degrees(pi()) AS deg
