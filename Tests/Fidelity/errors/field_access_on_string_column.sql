-- data: employees.json
SELECT name.first FROM employees
