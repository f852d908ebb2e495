-- data: employees.json
SELECT e.name FROM employees e JOIN departments d ON e.dept_id = d.id
