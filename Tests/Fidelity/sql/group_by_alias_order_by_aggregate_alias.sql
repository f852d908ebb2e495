-- data: employees.json
-- ordered: true
SELECT year(hire_date) AS y, COUNT(*) AS c FROM employees GROUP BY y ORDER BY c DESC, y
