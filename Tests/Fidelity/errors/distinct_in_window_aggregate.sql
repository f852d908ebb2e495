-- data: employees.json
SELECT name, count(DISTINCT dept_id) OVER (PARTITION BY manager_id) FROM employees
