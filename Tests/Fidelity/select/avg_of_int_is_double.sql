-- data: employees.json
SELECT avg(age), sum(age), count(age), max(hire_date), min(name) FROM employees
