-- data: employees.json
SELECT name, count(*) OVER () AS total, salary * 100 / sum(salary) OVER () AS pct FROM employees
