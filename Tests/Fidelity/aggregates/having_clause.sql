-- data: employees.json
SELECT dept_id, count(*) AS n FROM employees GROUP BY dept_id HAVING count(*) > 1 AND dept_id IS NOT NULL
