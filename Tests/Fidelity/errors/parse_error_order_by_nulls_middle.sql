-- data: employees.json
SELECT name FROM employees ORDER BY salary NULLS MIDDLE
