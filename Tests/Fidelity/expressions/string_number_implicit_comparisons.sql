SELECT '10' > 9 AS str_gt_int, '10' > '9' AS str_gt_str, '1.5' = 1.5 AS str_eq_dec,
       '2024-01-01' < DATE'2024-06-01' AS str_lt_date, CAST(NULL AS STRING) = 1 AS null_cmp, ' 5' = 5 AS padded
