-- data: employees.json
-- ordered: true
SELECT d.dept_name FROM departments d ORDER BY (SELECT count(*) FROM employees e WHERE e.dept_id = d.dept_id) DESC, d.dept_name
