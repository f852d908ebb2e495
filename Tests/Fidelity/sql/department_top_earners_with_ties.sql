-- data: employees.json
SELECT d.dept_name, e.name, e.salary
FROM employees e JOIN departments d ON e.dept_id = d.dept_id
WHERE e.salary = (SELECT max(salary) FROM employees x WHERE x.dept_id = e.dept_id)
