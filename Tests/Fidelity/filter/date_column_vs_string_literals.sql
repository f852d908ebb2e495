-- data: employees.json
SELECT name, hire_date FROM employees
WHERE hire_date >= '2019-01-01' AND hire_date < '2021-1-1' OR hire_date = '2015-03-01'
