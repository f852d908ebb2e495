-- data: employees.json
SELECT t.name, d.dept_name FROM (SELECT * FROM employees ORDER BY salary DESC NULLS LAST LIMIT 3) t JOIN departments d ON t.dept_id = d.dept_id
