-- data: employees.json
WITH d(id, label) AS (SELECT dept_id, dept_name FROM departments)
SELECT id, label FROM d WHERE id > 10
