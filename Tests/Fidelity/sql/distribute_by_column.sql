-- data: employees.json
SELECT name, dept_id FROM employees DISTRIBUTE BY dept_id
