-- data: employees.json
SELECT name FROM employees WHERE salary
