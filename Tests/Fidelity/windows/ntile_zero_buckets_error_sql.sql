-- data: employees.json
SELECT name, NTILE(0) OVER (ORDER BY salary) AS q FROM employees
