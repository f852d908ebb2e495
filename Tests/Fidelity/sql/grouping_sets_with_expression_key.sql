-- data: employees.json
SELECT dept_id, year(hire_date) AS yr, count(*) AS n, grouping_id() AS gid
FROM employees
GROUP BY GROUPING SETS ((dept_id, year(hire_date)), (dept_id), ())
