-- data: employees.json
SELECT dept_id, count(*) AS n FROM (SELECT * FROM employees CLUSTER BY dept_id) GROUP BY dept_id
