-- data: employees.json
SELECT name, row_number() FROM employees
