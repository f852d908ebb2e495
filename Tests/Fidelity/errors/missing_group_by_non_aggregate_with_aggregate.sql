-- data: employees.json
SELECT name, max(salary) FROM employees
