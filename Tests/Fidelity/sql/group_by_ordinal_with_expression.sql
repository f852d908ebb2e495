-- data: employees.json
SELECT year(hire_date), dept_id, count(*) FROM employees GROUP BY 1, 2 ORDER BY 1, 2
