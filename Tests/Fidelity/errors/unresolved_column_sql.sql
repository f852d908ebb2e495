-- data: employees.json
SELECT name, salery FROM employees
