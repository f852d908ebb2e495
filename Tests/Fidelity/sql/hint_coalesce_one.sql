-- data: employees.json
SELECT /*+ COALESCE(1) */ name FROM employees WHERE dept_id = 10
