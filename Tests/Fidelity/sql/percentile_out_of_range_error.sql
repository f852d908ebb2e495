-- data: employees.json
SELECT percentile(salary, 1.5) FROM employees
