-- data: employees.json
-- ordered: true
SELECT dept_id, manager_id FROM employees ORDER BY ALL NULLS LAST
