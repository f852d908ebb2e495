-- data: employees.json
SELECT name, (salary + 1 FROM employees
