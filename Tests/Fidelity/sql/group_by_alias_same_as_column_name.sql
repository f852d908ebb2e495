-- data: employees.json
SELECT upper(name) AS name, count(*) AS n FROM employees GROUP BY name
