-- data: employees.json
-- ordered: true
SELECT year(hire_date) AS y, COUNT(*) AS hires
FROM employees
GROUP BY y DIV 5 * 5, y
ORDER BY y
