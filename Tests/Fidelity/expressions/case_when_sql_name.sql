-- data: employees.json
SELECT name, CASE WHEN age > 35 THEN 'old' WHEN age > 25 THEN 'mid' ELSE 'young' END FROM employees
