-- data: employees.json
SELECT name, salary, row_number() OVER (ORDER BY salary DESC NULLS FIRST, emp_id) AS rn FROM employees
