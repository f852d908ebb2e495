-- data: employees.json
SELECT dept_id, count(*) AS n FROM employees
