-- data: employees.json
SELECT name, dept_id, salary FROM employees DISTRIBUTE BY dept_id SORT BY salary DESC
