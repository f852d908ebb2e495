-- data: employees.json
SELECT name FROM employees WHERE emp_id = 'one'
