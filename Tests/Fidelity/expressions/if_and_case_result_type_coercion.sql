SELECT if(true, 1, 2.5) AS int_dec, typeof(if(true, 1, 2.5)) AS t1, if(false, 1, 2L) AS int_long,
       typeof(CASE WHEN true THEN 1 ELSE 2.5D END) AS t2, if(NULL, 'yes', 'no') AS null_cond,
       typeof(if(true, DATE'2024-01-01', TIMESTAMP'2024-01-01 10:00:00')) AS t3, if(true, NULL, 3) AS null_branch,
       typeof(coalesce(CAST(1 AS TINYINT), 1000)) AS t4
