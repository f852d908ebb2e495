-- data: employees.json
SELECT dept_id, COUNT(*) FROM employees GROUP BY dept_id HAVING salary > 5000
