-- data: employees.json
SELECT name FROM employees
WHERE salary > > 5000
