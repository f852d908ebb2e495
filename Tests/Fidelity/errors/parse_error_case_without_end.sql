-- data: employees.json
SELECT CASE WHEN salary > 1 THEN 'a' ELSE 'b' FROM employees
