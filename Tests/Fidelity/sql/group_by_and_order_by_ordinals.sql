-- data: employees.json
-- ordered: true
SELECT dept_id, count(*) FROM employees GROUP BY 1 ORDER BY 2 DESC, 1
