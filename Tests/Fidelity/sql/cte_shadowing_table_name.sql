-- data: employees.json
WITH employees AS (SELECT * FROM employees WHERE dept_id = 10)
SELECT count(*) AS n FROM employees
