-- data: employees.json
SELECT name FROM employees WHERE emp_id IN ('1', 2, 3.0) OR name IN ('Jo', NULL)
