-- data: employees.json
SELECT name, (SELECT d.dept_name FROM departments d WHERE d.dept_id = e.dept_id) AS dname FROM employees e
