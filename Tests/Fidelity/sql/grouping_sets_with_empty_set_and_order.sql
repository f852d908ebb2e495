-- data: employees.json
-- ordered: true
SELECT dept_id, year(hire_date) AS hired, count(*) AS n, sum(salary) AS payroll
FROM employees
GROUP BY GROUPING SETS ((dept_id), (year(hire_date)), ())
ORDER BY dept_id NULLS FIRST, hired NULLS FIRST, n DESC
