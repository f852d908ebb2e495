-- data: employees.json
SELECT name, dept_id FROM employees CLUSTER BY dept_id
