-- data: employees.json
SELECT avg(salary) AS avg_salary, count(*) AS n FROM employees GROUP BY dept_id HAVING dept_id > 10 AND count(*) > 1
