-- data: employees.json
SELECT e.name FROM employees e WHERE EXISTS (SELECT 1 FROM employees x WHERE x.dept_id = e.dept_id AND x.hire_date < e.hire_date AND x.salary < e.salary)
