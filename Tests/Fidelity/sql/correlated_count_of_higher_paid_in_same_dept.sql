-- data: employees.json
SELECT name, (SELECT count(*) FROM employees x WHERE x.dept_id = e.dept_id AND x.salary > e.salary) AS higher_paid FROM employees e
