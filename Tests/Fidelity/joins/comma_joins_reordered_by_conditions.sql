-- data: employees.json
SELECT d.dept_name, m.name AS manager, e.name
FROM departments d, employees m, employees e
WHERE e.manager_id = m.emp_id AND e.dept_id = d.dept_id AND m.age > 30
