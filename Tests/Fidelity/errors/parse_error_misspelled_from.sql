-- data: employees.json
SELECT name FORM employees
