-- data: employees.json
SELECT t.dept_id, t.n, t.top
FROM (SELECT dept_id, count(*) AS n, max(salary) AS top FROM employees GROUP BY dept_id) AS t
WHERE t.n >= 2 AND t.top IS NOT NULL
ORDER BY t.top DESC
