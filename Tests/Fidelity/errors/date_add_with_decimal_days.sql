-- data: employees.json
SELECT date_add(hire_date, 1.5) FROM employees
