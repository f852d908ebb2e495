-- data: employees.json
SELECT DISTINCT dept_id,
       first_value(name) OVER (PARTITION BY dept_id ORDER BY salary DESC NULLS LAST, name) AS top_earner,
       max(salary) OVER (PARTITION BY dept_id) AS top_salary
FROM employees
