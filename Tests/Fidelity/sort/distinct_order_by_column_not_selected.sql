-- data: employees.json
SELECT DISTINCT dept_id FROM employees ORDER BY salary
