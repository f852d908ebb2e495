-- data: employees.json
SELECT name, dept_id,
       salary * 100.0 / SUM(salary) OVER (PARTITION BY dept_id) AS pct,
       ROUND(salary * 100.0 / SUM(salary) OVER (PARTITION BY dept_id), 1) AS pct_rounded,
       salary / SUM(salary) OVER (PARTITION BY dept_id) AS share
FROM employees
