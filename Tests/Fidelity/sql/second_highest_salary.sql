-- data: employees.json
SELECT max(salary) AS second_highest FROM employees WHERE salary < (SELECT max(salary) FROM employees)
