-- data: employees.json
-- ordered: true
SELECT COALESCE(d.location, CASE WHEN GROUPING(d.location) = 1 THEN 'ALL' END) AS location,
       COALESCE(d.dept_name, CASE WHEN GROUPING(d.dept_name) = 1 THEN 'ALL' END) AS dept,
       COUNT(*) AS people, SUM(e.salary) AS payroll
FROM employees e JOIN departments d ON e.dept_id = d.dept_id
GROUP BY ROLLUP (d.location, d.dept_name)
ORDER BY GROUPING_ID(d.location, d.dept_name), location, dept
