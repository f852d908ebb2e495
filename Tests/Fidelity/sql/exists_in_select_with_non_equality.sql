-- data: employees.json
SELECT name, EXISTS (SELECT 1 FROM employees x WHERE x.manager_id = e.emp_id AND x.salary > e.salary) AS has_richer_report FROM employees e
