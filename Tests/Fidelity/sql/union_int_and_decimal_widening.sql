-- data: employees.json
SELECT salary FROM employees WHERE emp_id = 1
UNION ALL
SELECT 1.25
UNION ALL
SELECT CAST(3 AS BIGINT)
