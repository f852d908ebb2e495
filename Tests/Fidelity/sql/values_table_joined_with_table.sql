-- data: employees.json
SELECT e.name, b.label FROM employees e
JOIN (VALUES (10, 'E'), (20, 'S')) AS b(dept_id, label) ON e.dept_id = b.dept_id
WHERE e.age > 35
