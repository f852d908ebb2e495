-- data: employees.json
SELECT name, NTH_VALUE(salary, 0) OVER (ORDER BY salary) AS v FROM employees
