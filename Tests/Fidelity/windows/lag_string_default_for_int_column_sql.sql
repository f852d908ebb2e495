-- data: salaries.json
SELECT id, lag(salary, 1, 'none') OVER (PARTITION BY dept ORDER BY id) AS prev FROM salaries
