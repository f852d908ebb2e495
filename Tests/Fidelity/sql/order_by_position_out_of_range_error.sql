-- data: employees.json
SELECT dept_id, name FROM employees ORDER BY 3
