-- data: employees.json
SELECT dept_id, count(*) FROM employees GROUP dept_id
