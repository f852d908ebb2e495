-- data: salaries.json
SELECT id, row_number() OVER (PARTITION BY dept) AS rn FROM salaries
