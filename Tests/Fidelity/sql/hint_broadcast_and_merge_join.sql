-- data: employees.json
SELECT /*+ BROADCASTJOIN(d) */ e.name, d.dept_name FROM employees e JOIN departments d USING (dept_id)
