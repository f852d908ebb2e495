-- data: employees.json
-- ordered: true
SELECT width_bucket(salary, 4000, 10000, 3) AS bucket,
       COUNT(*) AS n, MIN(salary) AS lo, MAX(salary) AS hi
FROM employees
GROUP BY 1
ORDER BY 1 NULLS FIRST
