-- data: employees.json
SELECT /*+ MAKE_IT_FAST(e) */ e.name, d.dept_name FROM employees e JOIN departments d ON e.dept_id = d.dept_id
