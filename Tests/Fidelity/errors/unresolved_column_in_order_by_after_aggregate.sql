-- data: employees.json
SELECT dept_id, count(*) AS n FROM employees GROUP BY dept_id ORDER BY salary
