-- data: employees.json
SELECT name, salary FROM employees WHERE salary IN (7000, 7500.0, 9100.5)
