-- data: employees.json
SELECT dept_id, COUNT(*) AS headcount
FROM employees
WHERE dept_id IS NOT NULL
GROUP BY dept_id
HAVING COUNT(*) = (SELECT MAX(cnt) FROM (SELECT COUNT(*) AS cnt FROM employees WHERE dept_id IS NOT NULL GROUP BY dept_id))
