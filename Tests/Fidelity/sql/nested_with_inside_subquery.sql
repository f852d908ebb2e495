-- data: employees.json
SELECT dept_id, n FROM (
  WITH per_dept AS (SELECT dept_id, count(*) AS n FROM employees GROUP BY dept_id)
  SELECT * FROM per_dept WHERE n > 1
) ORDER BY n DESC, dept_id
