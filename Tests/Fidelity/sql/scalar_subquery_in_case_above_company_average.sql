-- data: employees.json
-- ordered: true
SELECT name, salary,
       CASE WHEN salary > (SELECT AVG(salary) FROM employees) THEN 'above'
            WHEN salary = (SELECT MIN(salary) FROM employees) THEN 'lowest'
            WHEN salary IS NULL THEN 'unknown'
            ELSE 'below' END AS band
FROM employees
ORDER BY emp_id
