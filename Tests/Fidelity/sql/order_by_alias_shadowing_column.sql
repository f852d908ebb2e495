-- data: employees.json
-- ordered: true
SELECT name, -salary AS salary FROM employees WHERE salary IS NOT NULL ORDER BY salary, name
