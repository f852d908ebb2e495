-- data: employees.json
SELECT /*+ COALESCE(1) */ emp_id, name FROM employees
