-- data: employees.json
SELECT emp_id, name FROM employees INTERSECT SELECT dept_id FROM departments
