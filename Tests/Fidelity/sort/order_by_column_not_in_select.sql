-- data: employees.json
-- ordered: true
SELECT name FROM employees ORDER BY hire_date DESC LIMIT 4
