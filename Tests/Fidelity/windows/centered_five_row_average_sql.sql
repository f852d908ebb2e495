-- data: employees.json
-- ordered: true
SELECT emp_id, salary,
       AVG(salary) OVER (ORDER BY emp_id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS avg5,
       COUNT(salary) OVER (ORDER BY emp_id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS n5
FROM employees
ORDER BY emp_id
