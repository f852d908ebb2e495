-- data: employees.json
SELECT count(DISTINCT *) FROM employees
