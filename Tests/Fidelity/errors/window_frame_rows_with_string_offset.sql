-- data: employees.json
SELECT sum(salary) OVER (ORDER BY emp_id ROWS BETWEEN 'a' PRECEDING AND CURRENT ROW) FROM employees
