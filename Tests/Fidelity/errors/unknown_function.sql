-- data: employees.json
SELECT upperr(name) FROM employees
