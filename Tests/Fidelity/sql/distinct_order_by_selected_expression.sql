-- data: employees.json
-- ordered: true
SELECT DISTINCT dept_id * 10 AS d FROM employees ORDER BY d DESC NULLS LAST
