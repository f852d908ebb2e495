SELECT typeof(avg(d)) AS avg_type, avg(d) AS avg_value, typeof(sum(d)) AS sum_type, sum(d) AS sum_value
FROM VALUES (CAST(1.123456789012345678 AS DECIMAL(38, 18))), (CAST(2 AS DECIMAL(38, 18))) AS t(d)
