-- data: employees.json
SELECT count(*) AS n, avg(salary) AS avg_sal FROM employees HAVING count(*) > 5
