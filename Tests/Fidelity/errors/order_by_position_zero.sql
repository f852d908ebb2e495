-- data: employees.json
SELECT name FROM employees ORDER BY 0
