-- data: employees.json
SELECT count(*) FROM employees GROUP BY department
