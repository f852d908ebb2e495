-- data: employees.json
SELECT emp_id FROM employees LIMIT 3
