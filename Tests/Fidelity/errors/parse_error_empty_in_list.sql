-- data: employees.json
SELECT name FROM employees WHERE dept_id IN ()
