-- data: employees.json
SELECT floor(salary / 2000) * 2000 AS bucket_start, count(*) AS n
FROM employees
GROUP BY 1
ORDER BY 1 NULLS LAST
