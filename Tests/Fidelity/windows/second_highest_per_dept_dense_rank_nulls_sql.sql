-- data: salaries.json
SELECT dept, max(salary) AS second_highest FROM (
  SELECT dept, salary, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS dr FROM salaries WHERE salary IS NOT NULL
) WHERE dr = 2 GROUP BY dept
