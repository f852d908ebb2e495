-- data: employees.json
SELECT name FROM employees WHERE name LIKE 'A\\'
