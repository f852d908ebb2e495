SELECT explode(sequence(DATE'2024-01-31', DATE'2024-06-01', INTERVAL 1 MONTH)) AS month_start,
       size(sequence(1, 10, 3)) AS n,
       sequence(5, 1) AS countdown
