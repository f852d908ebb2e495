-- data: employees.json
WITH highpaid AS (SELECT * FROM employees WHERE salary > 8000)
SELECT * FROM high_paid
