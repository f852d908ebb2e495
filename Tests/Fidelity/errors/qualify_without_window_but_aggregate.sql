-- data: employees.json
SELECT dept_id FROM employees GROUP BY dept_id QUALIFY count(*) > 1
