-- data: employees.json
SELECT e.name FROM employees e JOIN department d ON e.dept_id = d.dept_id
