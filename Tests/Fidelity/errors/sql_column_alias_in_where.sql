-- data: employees.json
SELECT salary * 2 AS doubled FROM employees WHERE doubled > 10000
