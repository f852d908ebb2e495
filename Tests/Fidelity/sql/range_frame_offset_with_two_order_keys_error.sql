-- data: employees.json
SELECT name, SUM(salary) OVER (ORDER BY dept_id, salary RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM employees
