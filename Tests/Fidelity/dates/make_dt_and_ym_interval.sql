SELECT CAST(make_dt_interval(1, 2, 3, 4.5) AS STRING) AS dti, CAST(make_ym_interval(1, 14) AS STRING) AS ymi,
       DATE'2024-01-31' + make_ym_interval(0, 1) AS d_plus, TIMESTAMP'2024-01-01 00:00:00' + make_dt_interval(1, 12) AS ts_plus,
       typeof(make_dt_interval(1)) AS dt_type, typeof(make_ym_interval(2)) AS ym_type, CAST(make_dt_interval() AS STRING) AS zero
