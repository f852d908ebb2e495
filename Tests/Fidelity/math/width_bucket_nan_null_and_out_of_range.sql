SELECT width_bucket(double('NaN'), 0, 10, 5) AS nan_value,
       width_bucket(CAST(NULL AS DOUBLE), 0, 10, 5) AS null_value,
       width_bucket(-1, 0, 10, 5) AS below,
       width_bucket(10, 0, 10, 5) AS at_max,
       width_bucket(5, 10, 0, 5) AS reversed_bounds,
       width_bucket(5, 0, 10, 0) AS zero_buckets
