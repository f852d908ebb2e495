-- data: employees.json
SELECT name, COUNT(*) FROM employees
