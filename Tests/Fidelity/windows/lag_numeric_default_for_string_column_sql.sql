-- data: salaries.json
SELECT id, name, lag(name, 1, 0) OVER (PARTITION BY dept ORDER BY id) AS prev_name FROM salaries
