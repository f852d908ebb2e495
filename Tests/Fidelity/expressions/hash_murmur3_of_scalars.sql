SELECT hash(1) AS h_int, hash(1L) AS h_bigint, hash('a') AS h_str, hash(1.5D) AS h_double,
       hash(CAST(NULL AS INT)) AS h_null, hash(1, 'a') AS h_two, hash(true) AS h_bool, hash(DATE'2024-01-01') AS h_date,
       hash(CAST(1.5 AS DECIMAL(3, 1))) AS h_dec, hash(-0.0D) AS h_neg_zero, hash(0.0D) AS h_zero
