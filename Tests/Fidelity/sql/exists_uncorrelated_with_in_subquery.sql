-- data: employees.json
SELECT e.name FROM employees e
WHERE e.dept_id IN (SELECT dept_id FROM employees WHERE salary > 8000)
  AND EXISTS (SELECT 1 FROM employees x WHERE x.manager_id = e.emp_id)
