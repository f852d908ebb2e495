-- data: employees.json
SELECT name AS user, salary AS order, dept_id AS date FROM employees WHERE emp_id = 1
