-- data: employees.json
-- ordered: true
SELECT name, salary * 2 AS doubled FROM employees WHERE salary IS NOT NULL ORDER BY doubled % 3000, name
