-- data: salaries.json
SELECT id, salary, lag(salary, 0) OVER (ORDER BY id) AS same, lead(salary, 0, -1) OVER (ORDER BY id) AS same_too
FROM salaries
