-- data: employees.json
WITH dept_pay AS (
  SELECT dept_id, sum(salary) AS total FROM employees WHERE dept_id IS NOT NULL GROUP BY dept_id
),
ranked AS (
  WITH top AS (SELECT max(total) AS best FROM dept_pay)
  SELECT d.dept_id, d.total, t.best FROM dept_pay d CROSS JOIN top t
)
SELECT r.dept_id, r.total, r.total * 100 / r.best AS pct, p.total AS again
FROM ranked r JOIN dept_pay p ON p.dept_id = r.dept_id
