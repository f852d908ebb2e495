-- data: employees.json
SELECT e.name, d.dept_name, avg(e.salary) OVER (PARTITION BY e.dept_id) AS dept_avg
FROM employees e JOIN departments d ON e.dept_id = d.dept_id
