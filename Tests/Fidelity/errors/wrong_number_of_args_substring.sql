-- data: employees.json
SELECT substring(name) FROM employees
