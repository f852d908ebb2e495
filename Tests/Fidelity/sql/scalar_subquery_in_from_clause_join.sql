-- data: employees.json
SELECT e.name, e.salary, t.avg_all, e.salary - t.avg_all AS diff
FROM employees e CROSS JOIN (SELECT AVG(salary) AS avg_all FROM employees) t
WHERE e.salary IS NOT NULL
