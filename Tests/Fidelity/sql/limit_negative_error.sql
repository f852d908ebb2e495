-- data: employees.json
SELECT name FROM employees LIMIT -1
