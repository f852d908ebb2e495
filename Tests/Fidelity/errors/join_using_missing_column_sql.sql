-- data: employees.json
SELECT * FROM employees JOIN departments USING (location)
