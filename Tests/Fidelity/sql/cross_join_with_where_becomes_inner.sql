-- data: employees.json
SELECT e.name, d.dept_name FROM employees e CROSS JOIN departments d WHERE e.dept_id = d.dept_id AND d.location = 'Paris'
