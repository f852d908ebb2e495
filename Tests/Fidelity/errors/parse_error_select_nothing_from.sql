-- data: employees.json
SELECT FROM employees
