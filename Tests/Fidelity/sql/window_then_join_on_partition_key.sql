-- data: employees.json
SELECT t.name, t.rnk, d.dept_name FROM (SELECT name, dept_id, rank() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS rnk FROM employees) t
JOIN departments d ON t.dept_id = d.dept_id WHERE t.rnk = 1
