-- data: employees.json
SELECT * FROM employees GROUP BY dept_id
