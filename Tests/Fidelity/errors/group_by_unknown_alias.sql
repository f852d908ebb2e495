-- data: employees.json
SELECT dept_id AS d, count(*) FROM employees GROUP BY dept
