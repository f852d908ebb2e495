-- data: employees.json
SELECT count(*) AS n FROM employees GROUP BY year(hire_date) HAVING year(hire_date) >= 2018
