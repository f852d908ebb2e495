-- data: employees.json
SELECT upper(name) AS name, COUNT(*) AS n
FROM employees
GROUP BY name
