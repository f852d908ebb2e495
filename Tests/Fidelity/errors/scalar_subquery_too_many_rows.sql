-- data: employees.json
SELECT name FROM employees WHERE salary = (SELECT salary FROM employees WHERE dept_id = 10)
