-- data: employees.json
SELECT DISTINCT dept_id, count(*) OVER (PARTITION BY dept_id) AS n FROM employees
