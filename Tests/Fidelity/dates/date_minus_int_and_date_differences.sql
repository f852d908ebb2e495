SELECT DATE'2024-03-01' - 1 AS minus_one, DATE'2024-03-01' + 30 AS plus_30, typeof(DATE'2024-03-01' - 1) AS t1,
       CAST(DATE'2024-03-01' - DATE'2024-02-01' AS STRING) AS diff_interval, datediff(DATE'2024-03-01', DATE'2024-02-01') AS diff_days,
       date_diff(DATE'2024-02-01', DATE'2024-03-01') AS neg, DATE'2024-02-29' + INTERVAL 1 YEAR AS leap_plus_year
