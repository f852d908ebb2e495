-- data: salaries.json
SELECT id, dept, salary, lead(salary, 1, 0) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id DESC) AS next_known
FROM salaries
