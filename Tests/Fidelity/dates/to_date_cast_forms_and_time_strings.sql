SELECT to_date('2024-01-01T10:00:00') AS iso_t, CAST('2024-01-01 10:00:00' AS DATE) AS ts_text_to_date,
       to_date('2024-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss') AS with_time_pattern, try_to_date('2024-01-01', 'yyyy-MM-dd HH:mm:ss') AS short_input,
       add_months('2024-01-31', 1) AS from_string, last_day('2024-02-10 23:00:00') AS ld_ts_string
