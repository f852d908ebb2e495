-- data: employees.json
SELECT name, salary, ntile(4) OVER (ORDER BY salary DESC NULLS LAST, emp_id) AS quartile,
       round(percent_rank() OVER (ORDER BY salary), 3) AS pr
FROM employees
