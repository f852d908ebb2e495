-- data: salaries.json
SELECT id, dept, salary, lead(salary, -1) OVER (PARTITION BY dept ORDER BY id) AS prev, lag(salary, -2) OVER (PARTITION BY dept ORDER BY id) AS next2
FROM salaries
