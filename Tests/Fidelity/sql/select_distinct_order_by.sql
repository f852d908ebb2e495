-- data: employees.json
-- ordered: true
SELECT DISTINCT dept_id FROM employees ORDER BY dept_id DESC
