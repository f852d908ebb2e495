-- data: employees.json
SELECT name
FROM employees
WHERE dept_id IN (
  SELECT dept_id FROM departments
  WHERE location IN (SELECT location FROM departments WHERE dept_name = 'Sales')
)
