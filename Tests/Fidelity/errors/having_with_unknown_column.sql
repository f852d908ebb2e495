-- data: employees.json
SELECT dept_id, count(*) FROM employees GROUP BY dept_id HAVING avg(salry) > 1
