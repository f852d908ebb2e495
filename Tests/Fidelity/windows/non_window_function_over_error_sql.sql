-- data: salaries.json
SELECT id, upper(name) OVER (PARTITION BY dept) AS u FROM salaries
