-- data: employees.json
SELECT name, dept_id, salary FROM employees DISTRIBUTE BY dept_id % 2 SORT BY dept_id, salary DESC
