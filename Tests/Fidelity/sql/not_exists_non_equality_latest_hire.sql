-- data: employees.json
SELECT e.name, e.dept_id FROM employees e WHERE NOT EXISTS (SELECT 1 FROM employees x WHERE x.dept_id = e.dept_id AND x.hire_date > e.hire_date)
