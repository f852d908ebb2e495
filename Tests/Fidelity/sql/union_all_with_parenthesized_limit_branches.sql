-- data: employees.json
(SELECT name, salary FROM employees ORDER BY salary DESC NULLS LAST LIMIT 2)
UNION ALL
(SELECT name, salary FROM employees ORDER BY salary ASC NULLS LAST LIMIT 2)
