-- data: employees.json
SELECT name FROM employees WHERE dept_id IN (SELECT dept_id, dept_name FROM departments)
