-- data: employees.json
SELECT e.name, d.dept_name FROM employees e JOIN departments d ON e.dept_id = d.dept_id WHERE x.location = 'Paris'
