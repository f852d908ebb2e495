-- data: employees.json
SELECT name, rank() FROM employees
