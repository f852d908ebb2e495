-- data: employees.json
-- ordered: true
SELECT dept_id, max(salary) AS top
FROM employees
GROUP BY dept_id
ORDER BY count(*) DESC, dept_id NULLS FIRST
