-- data: employees.json
-- ordered: true
WITH dept_avg AS (
  SELECT dept_id, AVG(salary) AS avg_salary FROM employees GROUP BY dept_id
)
SELECT e.name, e.dept_id, e.salary, ROUND(d.avg_salary, 2) AS dept_avg,
       ROUND((SELECT MAX(avg_salary) FROM dept_avg), 2) AS best_dept_avg
FROM employees e
JOIN dept_avg d ON e.dept_id = d.dept_id
WHERE e.salary > d.avg_salary
ORDER BY e.dept_id, e.name
