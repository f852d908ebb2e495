-- data: salaries.json
SELECT id, sum(salary) OVER (ORDER BY salary RANGE BETWEEN INTERVAL 1 DAY PRECEDING AND CURRENT ROW) AS s FROM salaries
