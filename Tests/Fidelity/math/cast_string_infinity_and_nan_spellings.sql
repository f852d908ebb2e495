SELECT CAST('inf' AS DOUBLE) AS inf_lower,
       CAST('-Infinity' AS DOUBLE) AS neg_infinity,
       CAST('NaN' AS DOUBLE) AS nan,
       CAST('nan' AS DOUBLE) AS nan_lower,
       CAST('+INF' AS DOUBLE) AS plus_inf_upper,
       CAST(' 1e3 ' AS DOUBLE) AS sci_spaces,
       CAST('1d' AS DOUBLE) AS java_suffix,
       CAST('.5' AS DOUBLE) AS leading_dot
