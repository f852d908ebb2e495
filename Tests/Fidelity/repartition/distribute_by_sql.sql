-- data: employees.json
SELECT emp_id, dept_id FROM employees DISTRIBUTE BY dept_id
