-- data: employees.json
SELECT avg(name) FROM employees
