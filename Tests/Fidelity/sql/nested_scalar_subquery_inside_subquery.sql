-- data: employees.json
SELECT name FROM employees
WHERE salary = (SELECT max(salary) FROM employees WHERE salary < (SELECT max(salary) FROM employees))
