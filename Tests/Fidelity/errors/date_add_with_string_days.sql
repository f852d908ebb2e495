-- data: employees.json
SELECT date_add(hire_date, 'x') FROM employees
