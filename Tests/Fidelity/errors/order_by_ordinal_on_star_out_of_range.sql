-- data: employees.json
SELECT * FROM employees ORDER BY 9
