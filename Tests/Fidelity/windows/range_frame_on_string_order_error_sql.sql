-- data: employees.json
SELECT name, COUNT(*) OVER (ORDER BY name RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM employees
