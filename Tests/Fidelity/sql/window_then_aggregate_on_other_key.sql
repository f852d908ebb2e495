-- data: employees.json
SELECT manager_id, avg(share) AS avg_share FROM (
  SELECT manager_id, salary / sum(salary) OVER (PARTITION BY dept_id) AS share FROM employees
) GROUP BY manager_id
