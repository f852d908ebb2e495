-- data: employees.json
SELECT nmae, salary FROM employees
