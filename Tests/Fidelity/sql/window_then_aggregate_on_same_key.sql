-- data: employees.json
SELECT dept_id, max(rnk) AS levels FROM (
  SELECT dept_id, dense_rank() OVER (PARTITION BY dept_id ORDER BY salary) AS rnk FROM employees
) GROUP BY dept_id
