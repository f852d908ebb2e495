-- data: employees.json
SELECT d.dept_name, (SELECT e.name FROM employees e WHERE e.dept_id = d.dept_id) AS someone FROM departments d
