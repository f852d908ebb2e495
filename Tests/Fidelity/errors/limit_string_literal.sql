-- data: employees.json
SELECT name FROM employees LIMIT 'ten'
