-- data: employees.json
SELECT name, salary, salary - (SELECT avg(salary) FROM employees) AS diff
FROM employees
WHERE salary > (SELECT min(salary) FROM employees WHERE dept_id = 20)
