-- data: employees.json
SELECT dept_id, name, salary
FROM employees
WHERE dept_id IS NOT NULL
QUALIFY DENSE_RANK() OVER (PARTITION BY dept_id ORDER BY salary DESC) = 1
