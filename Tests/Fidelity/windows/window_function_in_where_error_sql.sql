-- data: salaries.json
SELECT id FROM salaries WHERE row_number() OVER (PARTITION BY dept ORDER BY salary) = 1
