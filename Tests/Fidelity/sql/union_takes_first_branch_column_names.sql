-- data: employees.json
SELECT emp_id AS id, name AS label FROM employees WHERE dept_id = 30
UNION
SELECT dept_id AS department, dept_name AS title FROM departments
ORDER BY id
