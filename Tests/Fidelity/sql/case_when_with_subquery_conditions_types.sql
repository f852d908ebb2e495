-- data: employees.json
SELECT name, CASE WHEN salary > (SELECT avg(salary) FROM employees) THEN 1 WHEN salary IS NULL THEN NULL ELSE 0.5 END AS flag FROM employees
