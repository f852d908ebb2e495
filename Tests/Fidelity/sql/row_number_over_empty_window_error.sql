-- data: employees.json
SELECT name, ROW_NUMBER() OVER () AS rn FROM employees
