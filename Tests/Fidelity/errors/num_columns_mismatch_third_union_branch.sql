-- data: employees.json
SELECT emp_id, name FROM employees UNION ALL SELECT dept_id, dept_name FROM departments UNION ALL SELECT 1
