-- data: employees.json
SELECT d.dept_name, count(e.emp_id) FROM departments d CROSS JOIN employees e GROUP BY d.dept_name
