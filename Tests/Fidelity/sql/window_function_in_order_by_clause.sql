-- data: employees.json
-- ordered: true
SELECT name, salary FROM employees WHERE salary IS NOT NULL ORDER BY ROW_NUMBER() OVER (ORDER BY salary DESC, name)
