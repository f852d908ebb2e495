-- data: salaries.json
SELECT dept, name, salary, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS dr
FROM salaries
QUALIFY dr <= 2 AND salary IS NOT NULL
