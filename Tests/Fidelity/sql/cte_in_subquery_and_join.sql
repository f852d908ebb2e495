-- data: employees.json
WITH dept_avg AS (SELECT dept_id, avg(salary) AS a FROM employees GROUP BY dept_id)
SELECT e.name, e.salary, d.a
FROM employees e JOIN dept_avg d ON e.dept_id = d.dept_id
WHERE e.salary > (SELECT min(a) FROM dept_avg)
