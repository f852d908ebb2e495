-- data: salaries.json
SELECT id, ntile(id) OVER (ORDER BY salary) AS t FROM salaries
