-- data: employees.json
-- ordered: true
SELECT name FROM employees ORDER BY emp_id LIMIT 1 + 2 OFFSET 2 * 2
