-- data: employees.json
SELECT dept_id, name, count(*) FROM employees GROUP BY dept_id
