-- data: employees.json
SELECT name FROM employees WHERE hire_date BETWEEN '2016-01-01' AND '2018-12-31'
