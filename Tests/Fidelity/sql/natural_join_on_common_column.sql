-- data: employees.json
SELECT * FROM employees NATURAL JOIN departments WHERE salary > 8000
