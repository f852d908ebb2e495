-- data: employees.json
SELECT name, salary FROM employees SORT BY salary
