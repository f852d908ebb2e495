-- data: employees.json
SELECT count(*) FILTER (WHERE salary) FROM employees
