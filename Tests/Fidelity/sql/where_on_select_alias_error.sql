-- data: employees.json
SELECT name, salary * 2 AS doubled FROM employees WHERE doubled > 10000
