-- data: salaries.json
SELECT id, lag(salary) OVER (PARTITION BY dept) AS p FROM salaries
