-- data: employees.json
SELECT dept_id, sum(salary) AS total FROM (SELECT * FROM employees DISTRIBUTE BY dept_id) GROUP BY dept_id
