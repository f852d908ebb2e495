-- data: employees.json
SELECT name, salary, (SELECT count(*) FROM departments) AS depts
FROM employees
WHERE salary > (SELECT avg(salary) FROM employees) AND emp_id > (SELECT max(id) FROM range(3))
