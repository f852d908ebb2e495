-- data: employees.json
SELECT d.dept_name, (SELECT count(*) FROM employees e WHERE e.dept_id = d.dept_id) AS headcount,
       (SELECT max(salary) FROM employees e WHERE e.dept_id = d.dept_id) AS top_salary
FROM departments d
