-- data: employees.json
SELECT "name" AS literal, nam FROM employees
