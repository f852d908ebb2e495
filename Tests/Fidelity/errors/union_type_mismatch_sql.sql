-- data: employees.json
SELECT array(1) FROM employees UNION SELECT name FROM employees
