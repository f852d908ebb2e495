-- data: employees.json
SELECT name FROM employees ORDER BY max(salary)
