SELECT last_day('2024-02') AS year_month, last_day('2024-02-10 23:00:00') AS with_time, last_day(TIMESTAMP'2023-02-01 00:00:00') AS ts
