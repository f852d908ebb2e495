-- data: employees.json
SELECT name, salary FROM employees QUALIFY salary > 8000
