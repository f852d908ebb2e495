-- data: employees.json
SELECT dept_id, SUM(salary) OVER () AS total FROM employees GROUP BY dept_id
