-- data: employees.json
SELECT dept_id, name FROM employees e JOIN departments d ON e.dept_id = d.dept_id
