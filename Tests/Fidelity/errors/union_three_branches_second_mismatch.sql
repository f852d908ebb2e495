-- data: employees.json
SELECT emp_id FROM employees UNION SELECT dept_id FROM departments UNION SELECT array(1)
