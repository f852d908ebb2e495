-- data: employees.json
-- ordered: true
WITH a AS (SELECT name, salary FROM employees WHERE dept_id = 10),
     b AS (SELECT name, salary FROM employees WHERE dept_id = 20)
SELECT * FROM a UNION ALL SELECT * FROM b ORDER BY salary DESC, name
