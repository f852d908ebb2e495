-- data: employees.json
SELECT emp_id FROM employees EXCEPT SELECT dept_id, dept_name FROM departments
