-- data: salaries.json
SELECT name, avg(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), max(salary) OVER (PARTITION BY dept) FROM salaries
