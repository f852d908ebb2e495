-- data: employees.json
SELECT sum(*) FROM employees
