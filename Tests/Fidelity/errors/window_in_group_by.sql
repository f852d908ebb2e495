-- data: employees.json
SELECT count(*) FROM employees GROUP BY rank() OVER (ORDER BY salary)
