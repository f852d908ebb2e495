-- data: employees.json
SELECT name FROM employees LIMIT emp_id
