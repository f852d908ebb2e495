SELECT add_months('2024-02-29', 12) AS leap_next, add_months('2024-02-29', 48) AS leap_4y, add_months('2023-01-31', 1) AS jan_end,
       add_months('2024-03-31 10:00:00', -1) AS ts_string, typeof(add_months('2024-02-29', 1)) AS t
