-- data: employees.json
SELECT name AS v FROM employees WHERE emp_id = 1
UNION ALL
SELECT emp_id FROM employees WHERE emp_id = 2
