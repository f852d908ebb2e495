-- data: employees.json
SELECT dept_id, year(hire_date) AS y, count(*) FROM employees GROUP BY ALL
