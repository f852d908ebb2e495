-- data: employees.json
SELECT count(*) AS n FROM (SELECT name FROM employees UNION SELECT dept_name FROM departments LIMIT 100)
