-- data: employees.json
SELECT name FROM employees WHERE dept_id = 10 AND 1
