-- data: employees.json
SELECT name, SUM(salary) OVER (ORDER BY emp_id ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) AS s FROM employees
