-- data: employees.json
SELECT /*+ MERGE(e, d) */ e.name, d.dept_name FROM employees e JOIN departments d ON e.dept_id = d.dept_id
