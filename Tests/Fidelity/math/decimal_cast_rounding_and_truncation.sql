SELECT CAST(12.345 AS DECIMAL(4,1)) AS half_up, CAST(-12.35 AS DECIMAL(4,1)) AS neg_half, CAST(12.35D AS DECIMAL(4,1)) AS from_double,
       CAST(3.99 AS INT) AS trunc_pos, CAST(-3.99 AS INT) AS trunc_neg, CAST(-3.99D AS BIGINT) AS trunc_dbl,
       CAST('12.345' AS DECIMAL(5,2)) AS from_string, CAST(0.125 AS DECIMAL(3,2)) AS tie
