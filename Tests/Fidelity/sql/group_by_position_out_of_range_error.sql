-- data: employees.json
SELECT dept_id, COUNT(*) FROM employees GROUP BY 3
