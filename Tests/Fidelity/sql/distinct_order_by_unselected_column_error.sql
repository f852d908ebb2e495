-- data: employees.json
SELECT DISTINCT name FROM employees ORDER BY salary
