-- data: employees.json
WITH d(a, b, c) AS (SELECT dept_id, dept_name FROM departments) SELECT * FROM d
