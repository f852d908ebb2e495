SELECT size(sequence(DATE'2024-01-01', DATE'2024-12-31', INTERVAL 1 WEEK)) AS weeks, sequence(DATE'2024-01-31', DATE'2024-06-30', INTERVAL 2 MONTHS) AS every_two_months,
       sequence(DATE'2024-03-01', DATE'2024-03-10', INTERVAL '3' DAY) AS every_three
