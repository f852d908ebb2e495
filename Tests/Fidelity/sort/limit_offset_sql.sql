-- data: employees.json
-- ordered: true
SELECT emp_id FROM employees ORDER BY emp_id LIMIT 3 OFFSET 2
