-- data: employees.json
SELECT lag(salary, emp_id) OVER (ORDER BY emp_id) FROM employees
