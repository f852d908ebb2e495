-- data: employees.json
-- ordered: true
SELECT dept_id, sum(salary) AS total FROM employees GROUP BY dept_id ORDER BY total DESC NULLS LAST
