-- data: employees.json
SELECT dept_id, avg(salary) FROM employees GROUP BY dept_id HAVING age > 30
