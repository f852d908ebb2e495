-- data: salaries.json
SELECT id, sum(rank() OVER (ORDER BY salary)) OVER (PARTITION BY dept) AS s FROM salaries
