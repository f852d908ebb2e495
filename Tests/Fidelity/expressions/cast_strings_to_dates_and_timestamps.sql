SELECT CAST('2024-1-5' AS DATE) AS short_date,
       CAST(' 2024-01-05 ' AS DATE) AS padded,
       CAST('2024-01-05T10:30:00' AS TIMESTAMP) AS iso_t,
       CAST('2024-01-05 10:30' AS TIMESTAMP) AS no_seconds,
       CAST('2024' AS DATE) AS year_only,
       CAST('2024-02' AS DATE) AS year_month,
       try_cast('2024/01/05' AS DATE) AS slashes,
       try_cast('2024-02-30' AS DATE) AS bad_day,
       CAST(TIMESTAMP'2024-01-05 23:59:59' AS DATE) AS ts_to_date
