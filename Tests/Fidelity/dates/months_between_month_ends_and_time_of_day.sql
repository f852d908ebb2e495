SELECT months_between(DATE'2024-03-31', DATE'2024-02-29') AS both_month_ends, months_between(DATE'2024-03-30', DATE'2024-02-29') AS not_ends,
       months_between(TIMESTAMP'2024-03-15 12:00:00', TIMESTAMP'2024-02-15 00:00:00') AS same_day_diff_time,
       months_between(TIMESTAMP'2024-03-16 12:00:00', TIMESTAMP'2024-02-15 00:00:00') AS with_time,
       months_between(TIMESTAMP'2024-03-16 12:00:00', TIMESTAMP'2024-02-15 00:00:00', false) AS unrounded
