-- data: employees.json
SELECT name, sum(salary) OVER w FROM employees
