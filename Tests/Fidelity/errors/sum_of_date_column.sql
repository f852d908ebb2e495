-- data: employees.json
SELECT sum(hire_date) FROM employees
