-- data: employees.json
SELECT name, salary
FROM employees
WHERE salary > (SELECT avg(salary) FROM employees);
