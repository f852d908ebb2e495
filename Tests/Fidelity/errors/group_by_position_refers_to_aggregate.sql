-- data: employees.json
SELECT dept_id, count(*) FROM employees GROUP BY 2
