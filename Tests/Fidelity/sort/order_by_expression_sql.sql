-- data: employees.json
-- ordered: true
SELECT name, salary FROM employees ORDER BY salary DESC NULLS LAST, name LIMIT 4
