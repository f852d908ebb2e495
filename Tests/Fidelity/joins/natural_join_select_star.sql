-- data: employees.json
SELECT * FROM employees NATURAL JOIN departments
