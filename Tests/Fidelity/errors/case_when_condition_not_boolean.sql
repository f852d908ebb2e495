-- data: employees.json
SELECT CASE WHEN salary THEN 'x' END FROM employees
