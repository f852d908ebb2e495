-- data: employees.json
SELECT year(hire_date) AS y, count(*) AS n FROM employees GROUP BY year(hire_date) HAVING n >= 2
