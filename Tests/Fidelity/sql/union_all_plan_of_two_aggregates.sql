-- data: employees.json
SELECT 'dept' AS kind, dept_id AS id, count(*) AS n FROM employees GROUP BY dept_id
UNION ALL
SELECT 'manager', manager_id, count(*) FROM employees GROUP BY manager_id
