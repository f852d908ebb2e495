-- data: salaries.json
SELECT id, row_number() OVER (PARTITION BY dept) FROM salaries
