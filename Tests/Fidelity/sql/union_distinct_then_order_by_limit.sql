-- data: employees.json
-- ordered: true
SELECT dept_id FROM employees UNION DISTINCT SELECT dept_id FROM departments ORDER BY dept_id DESC NULLS LAST LIMIT 3
