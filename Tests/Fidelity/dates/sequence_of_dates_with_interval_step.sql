SELECT sequence(DATE'2024-01-01', DATE'2024-01-10', INTERVAL 3 DAYS) AS every3, sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH) AS monthly,
       sequence(DATE'2024-01-05', DATE'2024-01-01') AS backwards, size(sequence(DATE'2024-01-01', DATE'2024-12-31')) AS days_in_2024
