-- data: employees.json
SELECT salary * 1000000 FROM employees
