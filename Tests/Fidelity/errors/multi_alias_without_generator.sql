-- data: employees.json
SELECT name, salary * 12 AS (yearly, monthly) FROM employees
