-- data: employees.json
SELECT max(count(*)) FROM employees GROUP BY dept_id
