SELECT width_bucket(-1, 0, 10, 5) AS below, width_bucket(10, 0, 10, 5) AS at_max, width_bucket(11, 0, 10, 5) AS above,
       width_bucket(5, 10, 0, 5) AS reversed, width_bucket(0, 0, 10, 5) AS at_min, width_bucket(5, 0, 10, 0) AS zero_buckets,
       width_bucket(CAST(NULL AS DOUBLE), 0, 10, 5) AS nul, width_bucket(5, 5, 5, 2) AS empty_range
