-- data: employees.json
SELECT quartile, min(salary) AS lo, max(salary) AS hi, count(*) AS n FROM (
  SELECT salary, ntile(4) OVER (ORDER BY salary NULLS LAST) AS quartile FROM employees
) GROUP BY quartile
