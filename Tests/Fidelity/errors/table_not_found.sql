-- data: employees.json
SELECT * FROM employee
