-- data: employees.json
SELECT hire_date + hire_date FROM employees
