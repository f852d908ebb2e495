-- data: employees.json
SELECT /*+ BROADCAST(d, m) */ e.name, d.dept_name, m.name AS manager FROM employees e
JOIN departments d ON e.dept_id = d.dept_id JOIN employees m ON e.manager_id = m.emp_id
