-- data: employees.json
SELECT d.dept_name
FROM departments d
WHERE NOT EXISTS (
  SELECT 1 FROM employees e
  WHERE e.dept_id = d.dept_id AND e.hire_date < DATE'2017-01-01'
)
