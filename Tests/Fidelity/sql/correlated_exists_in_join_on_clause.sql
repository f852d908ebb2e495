-- data: employees.json
SELECT e.name FROM employees e JOIN departments d ON e.dept_id = d.dept_id AND EXISTS (SELECT 1 FROM employees x WHERE x.manager_id = e.emp_id)
