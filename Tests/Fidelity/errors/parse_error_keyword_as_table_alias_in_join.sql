-- data: employees.json
SELECT * FROM employees e LEFT departments d ON e.dept_id = d.dept_id
