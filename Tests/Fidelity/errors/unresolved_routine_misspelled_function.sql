-- data: employees.json
SELECT name, lenght(name) FROM employees
