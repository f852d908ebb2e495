-- data: employees.json
SELECT hire_date + name FROM employees
