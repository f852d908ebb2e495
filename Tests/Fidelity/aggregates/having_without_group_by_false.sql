-- data: employees.json
SELECT sum(salary) AS total FROM employees HAVING max(age) > 100
