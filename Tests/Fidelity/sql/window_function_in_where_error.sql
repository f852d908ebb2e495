-- data: employees.json
SELECT name FROM employees WHERE ROW_NUMBER() OVER (ORDER BY salary) = 1
