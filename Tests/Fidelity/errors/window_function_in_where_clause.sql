-- data: employees.json
SELECT name FROM employees WHERE row_number() OVER (ORDER BY salary) = 1
