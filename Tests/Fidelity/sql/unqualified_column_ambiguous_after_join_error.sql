-- data: employees.json
SELECT name, dept_id, dept_name FROM employees e JOIN departments d ON e.dept_id = d.dept_id
