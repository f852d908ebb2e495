-- data: employees.json
SELECT name FROM employees e WHERE salary > (SELECT avg(salary) FROM employees x WHERE x.salary < e.salary AND x.dept_id = e.dept_id)
