-- data: employees.json
SELECT d.location, t.total FROM (SELECT dept_id, sum(salary) AS total FROM employees GROUP BY dept_id) t
JOIN departments d ON t.dept_id = d.dept_id
