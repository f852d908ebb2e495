-- data: employees.json
SELECT e.name, d.dept_name
FROM employees e JOIN departments d ON e.dept_id = d.dept_id
WHERE e.salary > (SELECT avg(salary) FROM employees x WHERE x.dept_id = d.dept_id)
