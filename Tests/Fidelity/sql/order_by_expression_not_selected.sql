-- data: employees.json
-- ordered: true
SELECT name FROM employees ORDER BY length(name) DESC, salary % 1000, name
