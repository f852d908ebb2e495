-- data: employees.json
SELECT name FROM employees WHERE salary NOT IN (SELECT max(salary) FROM employees GROUP BY dept_id)
