-- data: employees.json
SELECT dept_id, count(*) FROM employees e GROUP BY dept_id HAVING EXISTS (SELECT 1 FROM departments d WHERE d.location = e.name)
