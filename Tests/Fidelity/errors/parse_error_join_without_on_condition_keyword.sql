-- data: employees.json
SELECT e.name FROM employees e JOIN departments d e.dept_id = d.dept_id
