-- data: employees.json
SELECT dept_id, name, salary, rank() OVER w AS r
FROM employees
WHERE dept_id IS NOT NULL
WINDOW w AS (PARTITION BY dept_id ORDER BY salary DESC NULLS LAST)
QUALIFY r <= 2
