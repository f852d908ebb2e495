-- data: employees.json
SELECT count(*) AS n, max(salary) AS top FROM employees HAVING count(*) > 5
