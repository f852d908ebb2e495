-- data: employees.json
SELECT max(salary) AS top FROM employees HAVING max(salary) > 100000
