-- data: employees.json
SELECT hire_date AS d FROM employees WHERE emp_id = 1
UNION ALL
SELECT TIMESTAMP'2024-01-01 10:30:00'
