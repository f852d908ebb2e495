SELECT months_between(DATE'2024-03-31', DATE'2024-02-29') AS m1,
       months_between(TIMESTAMP'2024-03-15 12:00:00', DATE'2024-01-01') AS m2,
       months_between(TIMESTAMP'2024-03-15 12:00:00', DATE'2024-01-01', false) AS m2_raw,
       months_between(DATE'2023-01-10', DATE'2024-01-10') AS m3,
       months_between(DATE'2024-04-30', DATE'2024-02-29') AS both_month_end
