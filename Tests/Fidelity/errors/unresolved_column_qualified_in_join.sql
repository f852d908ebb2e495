-- data: employees.json
SELECT e.name, d.dept FROM employees e JOIN departments d ON e.dept_id = d.dept_id
