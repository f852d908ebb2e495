-- data: employees.json
SELECT emp_id, name FROM employees UNION SELECT dept_id FROM departments
