-- data: employees.json
SELECT d.location, COUNT(*) AS people
FROM employees e JOIN departments d ON e.dept_id = d.dept_id
GROUP BY ROLLUP (d.location)
HAVING d.location IS NULL OR COUNT(*) > 4
