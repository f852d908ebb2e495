-- data: employees.json
SELECT name, lag(salary) FROM employees
