SELECT CAST(true AS INT) AS t_int, CAST(0 AS BOOLEAN) AS zero_bool, CAST(-3 AS BOOLEAN) AS neg_bool,
       CAST(2.5D AS BOOLEAN) AS dbl_bool, CAST(true AS DOUBLE) AS t_dbl, CAST(true AS STRING) AS t_str,
       CAST('yes' AS BOOLEAN) AS yes, CAST('0' AS BOOLEAN) AS zero_str, CAST(false AS DECIMAL(3,1)) AS f_dec
