SELECT array_repeat('ab', 3) AS repeated, array_repeat(NULL, 2) AS nulls, size(sequence(DATE'2024-02-26', DATE'2024-03-02')) AS n_days,
       sequence(DATE'2024-01-31', DATE'2024-05-31', INTERVAL 1 MONTH) AS month_ends
