-- data: salaries.json
SELECT id, sum(salary) OVER (PARTITION BY dept RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM salaries
