SELECT to_timestamp_ntz('2024-01-01 10:00:00') AS ntz, typeof(to_timestamp_ntz('2024-01-01 10:00:00')) AS ntz_type,
       to_timestamp_ltz('2024-01-01 10:00:00') AS ltz, typeof(TIMESTAMP_NTZ'2024-01-01 00:00:00') AS lit_type,
       CAST(TIMESTAMP_NTZ'2024-01-01 10:00:00' AS DATE) AS d, TIMESTAMP_NTZ'2024-01-01 10:00:00' + INTERVAL 1 HOUR AS plus
