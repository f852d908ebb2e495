SELECT coalesce(NULL, 1, 2.5D) AS dbl, typeof(coalesce(1, 2L)) AS t_long, coalesce(CAST(NULL AS INT), 1.5) AS dec,
       typeof(coalesce(CAST(NULL AS INT), 1.5)) AS t_dec, coalesce(NULL, 'a', 'b') AS str, typeof(coalesce(1, '2')) AS t_str,
       nvl(CAST(NULL AS DATE), '2024-01-01') AS d, typeof(nvl(CAST(NULL AS DATE), '2024-01-01')) AS t_d
