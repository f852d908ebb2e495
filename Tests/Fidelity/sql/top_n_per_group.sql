-- data: salaries.json
SELECT dept, name, salary FROM (
  SELECT *, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM salaries
) t WHERE r <= 2
