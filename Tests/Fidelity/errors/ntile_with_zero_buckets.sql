-- data: employees.json
SELECT ntile(0) OVER (ORDER BY emp_id) FROM employees
