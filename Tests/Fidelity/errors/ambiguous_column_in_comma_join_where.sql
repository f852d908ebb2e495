-- data: employees.json
SELECT e.name FROM employees e, departments d WHERE dept_id = 10
