-- data: employees.json
SELECT dept_id, count(*) AS n FROM (SELECT * FROM employees ORDER BY salary) GROUP BY dept_id
