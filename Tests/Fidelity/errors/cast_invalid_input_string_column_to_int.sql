-- data: employees.json
SELECT CAST(name AS INT) FROM employees
