-- data: employees.json
SELECT dept_id, SUM(ROW_NUMBER() OVER (ORDER BY salary)) AS s FROM employees GROUP BY dept_id
