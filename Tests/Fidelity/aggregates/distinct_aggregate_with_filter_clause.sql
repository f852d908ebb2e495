-- data: employees.json
SELECT dept_id, count(DISTINCT salary) FILTER (WHERE age > 30) AS older, count(DISTINCT manager_id) AS managers, count(*) AS n
FROM employees GROUP BY dept_id
